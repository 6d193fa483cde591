using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace EmissionsDao.Chain.Contracts.Generated.EmissionsRecords.ContractDefinition
{
    public partial class Record : RecordBase { }

    public class RecordBase
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("uint32", "startDay", 2)]
        public virtual uint StartDay { get; set; }
        [Parameter("uint32", "endDay", 3)]
        public virtual uint EndDay { get; set; }
        [Parameter("uint256", "tokenId", 4)]
        public virtual BigInteger TokenId { get; set; }
        [Parameter("bytes32", "subjectKey", 5)]
        public virtual byte[] SubjectKey { get; set; }
        [Parameter("uint96", "grams", 6)]
        public virtual BigInteger Grams { get; set; }
        [Parameter("uint256", "requestId", 7)]
        public virtual BigInteger RequestId { get; set; }
        [Parameter("uint256", "next", 8)]
        public virtual BigInteger Next { get; set; }
    }
}
