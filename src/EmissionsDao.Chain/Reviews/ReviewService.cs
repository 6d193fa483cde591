using System.Numerics;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry;
using EmissionsDao.Chain.Contracts.Generated.AuditReviews;
using EmissionsDao.Chain.Contracts.Generated.AuditReviews.ContractDefinition;
using EmissionsDao.Chain.Deployment;
using Nethereum.ABI.EIP712;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Signer.EIP712;
using Nethereum.Web3;

namespace EmissionsDao.Chain.Reviews;

/// <summary>
/// Community reviews of finished audits (AuditReviews): which audits a reviewer may rate now, the reviewer's budget,
/// submitting a review from the reviewer's account or signed (EIP-712) and relayed so the reviewer needs no gas,
/// and an auditor's review history from the <c>AuditorRated</c> events. Ratings are 1 to 5 stars, one per auditor
/// who revealed a result, in panel order; each star above or below 3 moves the auditor's REP by the DAO's
/// <c>repPerStar</c>.
/// </summary>
public sealed class ReviewService(IWeb3 reader, ContractAddresses addresses, ContractTransactionSender relayer)
{
    private readonly Eip712TypedDataSigner _signer = new();

    private string ReviewsAddress => addresses.AuditReviews ?? throw new InvalidOperationException("The AuditReviews address is not configured");

    private string Registry => addresses.AuditRegistry ?? throw new InvalidOperationException("The AuditRegistry address is not configured");

    private AuditReviewsService Reviews => new(reader, ReviewsAddress);

    // ---- Reads ----

    /// <summary>
    /// Finished audits (issued or declined) that <paramref name="reviewer"/> may review now, newest first: still in
    /// the review window, not drawn for them, not requested by them, not yet reviewed by them. Empty when the
    /// reviewer's budget for this review epoch is used up (see <see cref="GetBudgetAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<ReviewableAudit>> ListAwaitingReviewAsync(string reviewer, int limit = 50)
    {
        var registry = new AuditRegistryService(reader, Registry);
        var count = await registry.RequestCountQueryAsync();
        var found = new List<ReviewableAudit>();
        for (var requestId = count; requestId >= 1 && found.Count < limit; requestId--)
        {
            var eligibility = (ReviewEligibility)await Reviews.EligibilityQueryAsync(requestId, reviewer);
            if (eligibility == ReviewEligibility.BudgetExhausted)
            {
                return [];
            }

            if (eligibility != ReviewEligibility.Eligible)
            {
                continue;
            }

            var request = (await registry.RequestOfQueryAsync(requestId)).ReturnValue1;
            var ballots = (await registry.BallotsOfQueryAsync(requestId)).Ballots;
            var auditors = ballots.Where(b => b.State == (byte)BallotState.Revealed).Select(b => b.Auditor).ToList();
            found.Add(new ReviewableAudit(requestId, (AuditStatus)request.Status, request.Requester, auditors, request.RevealDeadline));
        }

        return found;
    }

    /// <summary>Whether <paramref name="reviewer"/> may review audit <paramref name="requestId"/> now, or the first rule that refuses it.</summary>
    public async Task<ReviewEligibility> GetEligibilityAsync(BigInteger requestId, string reviewer) =>
        (ReviewEligibility)await Reviews.EligibilityQueryAsync(requestId, reviewer);

    /// <summary>The reviewer's budget in the current review epoch.</summary>
    public async Task<ReviewBudget> GetBudgetAsync(string reviewer)
    {
        var budget = await Reviews.BudgetOfQueryAsync(reviewer);
        return new ReviewBudget(budget.Epoch, budget.Budget, budget.Used);
    }

    public async Task<ReviewParameters> GetParametersAsync() => (await Reviews.ParametersQueryAsync()).ReturnValue1;

    /// <summary>Every rating <paramref name="auditor"/> received, oldest first (from the AuditorRated events).</summary>
    public async Task<IReadOnlyList<AuditorRating>> GetAuditorHistoryAsync(string auditor)
    {
        var rated = reader.Eth.GetEvent<AuditorRatedEventDTO>(ReviewsAddress);
        var filter = rated.CreateFilterInput<BigInteger, string>([], [auditor], BlockParameter.CreateEarliest(), BlockParameter.CreateLatest());
        var logs = await rated.GetAllChangesAsync(filter);
        return [.. logs
            .Where(l => string.Equals(l.Event.Auditor, auditor, StringComparison.OrdinalIgnoreCase))
            .Select(l => new AuditorRating(l.Event.RequestId, l.Event.Reviewer, l.Event.Stars, l.Event.Applied, l.Log.BlockNumber.Value, l.Log.TransactionHash))];
    }

    // ---- Reviews ----

    /// <summary>The reviewer reviews from its own account (it pays the gas).</summary>
    public async Task<ReviewOutcome> ReviewAsync(IWeb3 reviewer, BigInteger requestId, IReadOnlyList<int> stars, CancellationToken cancellationToken = default)
    {
        var receipt = await new ContractTransactionSender(reviewer).SendAsync(ReviewsAddress, new ReviewFunction { RequestId = requestId, Stars = ToStars(stars) }, cancellationToken);
        return Outcome(receipt);
    }

    /// <summary>The reviews contract's EIP-712 domain, read from the contract (EIP-5267).</summary>
    public async Task<Domain> DomainAsync()
    {
        var domain = await Reviews.Eip712DomainQueryAsync();
        return AuditTypedData.Domain(domain.Name, domain.Version, domain.ChainId, domain.VerifyingContract);
    }

    /// <summary>Signs a review (for keys the server holds, i.e. the dev accounts; a browser wallet signs the same typed data).</summary>
    public async Task<SignedReview> SignReviewAsync(BigInteger requestId, IReadOnlyList<int> stars, EthECKey reviewerKey, TimeSpan validity)
    {
        var reviewer = reviewerKey.GetPublicAddress();
        var block = await reader.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest());
        var message = new ReviewTypedMessage
        {
            RequestId = requestId,
            Reviewer = reviewer,
            Stars = [.. stars.Select(s => new BigInteger(s))],
            Nonce = await Reviews.NoncesQueryAsync(reviewer),
            Deadline = block.Timestamp.Value + (long)validity.TotalSeconds,
        };
        var signature = _signer.SignTypedDataV4(message, TypedData(await DomainAsync()), reviewerKey).HexToByteArray();
        return new SignedReview(
            new ReviewMessage { RequestId = requestId, Reviewer = reviewer, Stars = ToStars(stars), Nonce = message.Nonce, Deadline = message.Deadline },
            signature);
    }

    /// <summary>The review a browser wallet signs (eth_signTypedData_v4 JSON), at the reviewer's current nonce.</summary>
    public async Task<(ReviewMessage Message, string TypedDataJson)> ReviewToSignAsync(BigInteger requestId, IReadOnlyList<int> stars, string reviewer, TimeSpan validity)
    {
        var block = await reader.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest());
        var message = new ReviewTypedMessage
        {
            RequestId = requestId,
            Reviewer = reviewer,
            Stars = [.. stars.Select(s => new BigInteger(s))],
            Nonce = await Reviews.NoncesQueryAsync(reviewer),
            Deadline = block.Timestamp.Value + (long)validity.TotalSeconds,
        };
        return (
            new ReviewMessage { RequestId = requestId, Reviewer = reviewer, Stars = ToStars(stars), Nonce = message.Nonce, Deadline = message.Deadline },
            WalletTypedData.ToJson(TypedData(await DomainAsync()), message));
    }

    /// <summary>The portal's relayer submits a signed review; the reviewer pays nothing.</summary>
    public async Task<ReviewOutcome> SubmitSignedAsync(SignedReview signed, CancellationToken cancellationToken = default)
    {
        var receipt = await relayer.SendAsync(ReviewsAddress, new ReviewBySigFunction { Message = signed.Message, Signature = signed.Signature }, cancellationToken);
        return Outcome(receipt);
    }

    /// <summary>The typed-data envelope a wallet signs for a review (domain + types + primary type).</summary>
    public static TypedData<Domain> TypedData(Domain reviewsDomain) => new()
    {
        Domain = reviewsDomain,
        Types = MemberDescriptionFactory.GetTypesMemberDescription(typeof(Domain), typeof(ReviewTypedMessage)),
        PrimaryType = "Review",
    };

    private static List<byte> ToStars(IReadOnlyList<int> stars) =>
        [.. stars.Select(s => s is >= 0 and <= 255 ? (byte)s : throw new ArgumentOutOfRangeException(nameof(stars), s, "Ratings are 1 to 5 stars"))];

    private static ReviewOutcome Outcome(TransactionReceipt receipt)
    {
        var reviewed = receipt.DecodeAllEvents<ReviewedEventDTO>().Single().Event;
        var ratings = receipt.DecodeAllEvents<AuditorRatedEventDTO>()
            .Select(e => new AuditorRating(e.Event.RequestId, e.Event.Reviewer, e.Event.Stars, e.Event.Applied, receipt.BlockNumber.Value, receipt.TransactionHash))
            .ToList();
        return new ReviewOutcome(reviewed.RequestId, reviewed.Reviewer, reviewed.Epoch, reviewed.Used, ratings, receipt);
    }
}
