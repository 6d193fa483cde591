using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace EmissionsDao.Chain.Contracts.Generated.AuditReviews.ContractDefinition
{
    public partial class ReviewMessage : ReviewMessageBase { }

    public class ReviewMessageBase
    {
        [Parameter("uint256", "requestId", 1)]
        public virtual BigInteger RequestId { get; set; }
        [Parameter("address", "reviewer", 2)]
        public virtual string Reviewer { get; set; }
        [Parameter("uint8[]", "stars", 3)]
        public virtual List<byte> Stars { get; set; }
        [Parameter("uint256", "nonce", 4)]
        public virtual BigInteger Nonce { get; set; }
        [Parameter("uint256", "deadline", 5)]
        public virtual BigInteger Deadline { get; set; }
    }
}
