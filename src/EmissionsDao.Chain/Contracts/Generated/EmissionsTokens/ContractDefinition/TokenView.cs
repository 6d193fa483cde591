using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace EmissionsDao.Chain.Contracts.Generated.EmissionsTokens.ContractDefinition
{
    public partial class TokenView : TokenViewBase { }

    public class TokenViewBase
    {
        [Parameter("uint256", "tokenId", 1)]
        public virtual BigInteger TokenId { get; set; }
        [Parameter("address", "holder", 2)]
        public virtual string Holder { get; set; }
        [Parameter("bytes32", "subjectKey", 3)]
        public virtual byte[] SubjectKey { get; set; }
        [Parameter("uint32", "startDay", 4)]
        public virtual uint StartDay { get; set; }
        [Parameter("uint32", "endDay", 5)]
        public virtual uint EndDay { get; set; }
        [Parameter("uint256", "grams", 6)]
        public virtual BigInteger Grams { get; set; }
        [Parameter("bool", "retired", 7)]
        public virtual bool Retired { get; set; }
        [Parameter("uint256[]", "recordIds", 8)]
        public virtual List<BigInteger> RecordIds { get; set; }
    }
}
