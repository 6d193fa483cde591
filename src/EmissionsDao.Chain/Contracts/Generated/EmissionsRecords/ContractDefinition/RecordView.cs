using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace EmissionsDao.Chain.Contracts.Generated.EmissionsRecords.ContractDefinition
{
    public partial class RecordView : RecordViewBase { }

    public class RecordViewBase
    {
        [Parameter("uint256", "recordId", 1)]
        public virtual BigInteger RecordId { get; set; }
        [Parameter("address", "owner", 2)]
        public virtual string Owner { get; set; }
        [Parameter("bytes32", "subjectKey", 3)]
        public virtual byte[] SubjectKey { get; set; }
        [Parameter("uint32", "startDay", 4)]
        public virtual uint StartDay { get; set; }
        [Parameter("uint32", "endDay", 5)]
        public virtual uint EndDay { get; set; }
        [Parameter("uint256", "grams", 6)]
        public virtual BigInteger Grams { get; set; }
        [Parameter("uint256", "requestId", 7)]
        public virtual BigInteger RequestId { get; set; }
        [Parameter("uint256", "tokenId", 8)]
        public virtual BigInteger TokenId { get; set; }
        [Parameter("uint256", "next", 9)]
        public virtual BigInteger Next { get; set; }
        [Parameter("bytes32", "factorSetHash", 10)]
        public virtual byte[] FactorSetHash { get; set; }
        [Parameter("address[]", "auditors", 11)]
        public virtual List<string> Auditors { get; set; }
    }
}
