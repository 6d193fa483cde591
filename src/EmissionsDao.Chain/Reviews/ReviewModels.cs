using System.Numerics;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.AuditReviews.ContractDefinition;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.RPC.Eth.DTOs;

namespace EmissionsDao.Chain.Reviews;

/// <summary>AuditReviews.Eligibility: the first rule that refuses a review, or Eligible.</summary>
public enum ReviewEligibility : byte
{
    Eligible,
    NotFinished,
    WindowClosed,
    WasAuditor,
    IsRequester,
    AlreadyReviewed,
    BudgetExhausted,
}

/// <summary>A finished audit a reviewer may rate: one rating per auditor in <see cref="Auditors"/>, in that order.</summary>
public sealed record ReviewableAudit(BigInteger RequestId, AuditStatus Status, string Requester, IReadOnlyList<string> Auditors, uint RevealDeadline);

/// <summary>Reviews allowed and made in review epoch <see cref="Epoch"/>.</summary>
public sealed record ReviewBudget(BigInteger Epoch, BigInteger Budget, BigInteger Used)
{
    public BigInteger Remaining => Budget > Used ? Budget - Used : BigInteger.Zero;
}

/// <summary>One rating of one auditor; <see cref="AppliedRep"/> is the REP change actually applied (base units, signed).</summary>
public sealed record AuditorRating(BigInteger RequestId, string Reviewer, byte Stars, BigInteger AppliedRep, BigInteger BlockNumber, string TransactionHash);

/// <summary>What a review did: its place in the reviewer's budget and the rating of each auditor.</summary>
public sealed record ReviewOutcome(BigInteger RequestId, string Reviewer, BigInteger Epoch, BigInteger UsedInEpoch, IReadOnlyList<AuditorRating> Ratings, TransactionReceipt Receipt);

/// <summary>A review signed by the reviewer, ready for the relayer.</summary>
public sealed record SignedReview(ReviewMessage Message, byte[] Signature);

/// <summary>EIP-712 <c>Review</c>, field for field as AuditReviews hashes it.</summary>
[Struct("Review")]
public sealed class ReviewTypedMessage
{
    [Parameter("uint256", "requestId", 1)]
    public BigInteger RequestId { get; set; }

    [Parameter("address", "reviewer", 2)]
    public string Reviewer { get; set; } = "";

    [Parameter("uint8[]", "stars", 3)]
    public List<BigInteger> Stars { get; set; } = [];

    [Parameter("uint256", "nonce", 4)]
    public BigInteger Nonce { get; set; }

    [Parameter("uint256", "deadline", 5)]
    public BigInteger Deadline { get; set; }
}
