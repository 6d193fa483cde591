using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace EmissionsDao.Chain.Contracts.Generated.AuditReviews.ContractDefinition
{
    public partial class ReviewParameters : ReviewParametersBase { }

    public class ReviewParametersBase
    {
        [Parameter("uint96", "repPerStar", 1)]
        public virtual BigInteger RepPerStar { get; set; }
        [Parameter("uint96", "votesPerReview", 2)]
        public virtual BigInteger VotesPerReview { get; set; }
        [Parameter("uint16", "maxReviewsPerEpoch", 3)]
        public virtual ushort MaxReviewsPerEpoch { get; set; }
        [Parameter("uint32", "reviewWindow", 4)]
        public virtual uint ReviewWindow { get; set; }
    }
}
