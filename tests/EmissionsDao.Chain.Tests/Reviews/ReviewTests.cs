using System.Numerics;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.AuditorReputation;
using EmissionsDao.Chain.Contracts.Generated.AuditReviews;
using EmissionsDao.Chain.Contracts.Generated.AuditReviews.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor;
using EmissionsDao.Chain.Governance;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.Chain.Reviews;
using EmissionsDao.Chain.Tests.Audits;
using EmissionsDao.Chain.Tests.Infrastructure;
using Xunit.Abstractions;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;
using Rep = EmissionsDao.Chain.Contracts.Generated.AuditorReputation.ContractDefinition;

namespace EmissionsDao.Chain.Tests.Reviews;

/// <summary>
/// Community reviews on the real chain: 1-5 stars per auditor move REP by (stars - 3) x 5 REP (dev parameters), every
/// rule refuses with its own error, reviewed REP still decays, REP never transfers, and only the timelock changes
/// the parameters. Budgets use the votes held before a review epoch (1 day on the dev chain) began, and the demo
/// holders delegate after deployment, so each test first moves into review epoch 1.
/// </summary>
[Collection(AnvilCollection.Name)]
public sealed class ReviewTests(AnvilFixture chain, ITestOutputHelper output) : IAsyncLifetime
{
    private const long OneDay = 24 * 3600;
    private static readonly BigInteger FiveRep = 5 * AuditTestKit.Rep;

    private readonly AuditTestKit _kit = new(chain);

    private ReviewService Reviews => new(chain.Reader, chain.Addresses, new ContractTransactionSender(chain.Web3For(DevAccounts.Deployer)));

    private string ReviewsAddress => chain.Addresses.AuditReviews!;

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_review_raises_or_lowers_the_auditors_reputation_by_the_documented_amount()
    {
        var (requestId, auditor) = await FinishedAuditAsync("utility 1");
        var start = await _kit.ReputationAsync(auditor);

        var five = await Reviews.ReviewAsync(_kit.Web3("Erin"), requestId, [5]);
        output.WriteLine($"Gas of one review (one auditor, reviewer's first review of the epoch): {five.Receipt.GasUsed.Value}");
        Assert.Equal(2 * FiveRep, Assert.Single(five.Ratings).AppliedRep);
        Assert.Equal(start + (2 * FiveRep), await _kit.ReputationAsync(auditor));

        var one = await Reviews.ReviewAsync(_kit.Web3("Frank"), requestId, [1]);
        Assert.Equal(-2 * FiveRep, Assert.Single(one.Ratings).AppliedRep);
        var four = await Reviews.ReviewAsync(_kit.Web3("Grace"), requestId, [4]);
        Assert.Equal(FiveRep, Assert.Single(four.Ratings).AppliedRep);
        output.WriteLine($"Gas of a review of the same audit by another reviewer: {four.Receipt.GasUsed.Value}");
        Assert.Equal(start + FiveRep, await _kit.ReputationAsync(auditor));

        var history = await Reviews.GetAuditorHistoryAsync(Account(auditor).Address);
        Assert.Equal(new byte[] { 5, 1, 4 }, history.Select(h => h.Stars).ToArray());
        Assert.Equal(new[] { "Erin", "Frank", "Grace" }, history.Select(h => NameOf(h.Reviewer)).ToArray());
        Assert.Equal(new BigInteger(1), (await Reviews.GetBudgetAsync(Account("Erin").Address)).Used);
    }

    [Fact]
    public async Task A_panel_is_rated_auditor_by_auditor_in_panel_order()
    {
        await _kit.SetPanelSizeAsync(3);
        var created = await _kit.RequestAsync("Alice", "panel 1", Day(2025, 2, 1), Day(2025, 2, 28));
        var panel = created.Panel.Select(NameOf).ToList();
        await _kit.CommitAndRevealAsync(created.RequestId, panel.ToDictionary(a => a, _ => AuditorResult.IssueGrams(1_000_000, FactorSet)));
        Assert.Equal(AuditStatus.Issued, (await _kit.Service.FinalizeAsync(created.RequestId)).Status);
        await chain.IncreaseTimeAsync(OneDay);
        var before = new List<BigInteger>();
        foreach (var auditor in panel)
        {
            before.Add(await _kit.ReputationAsync(auditor));
        }

        var awaiting = Assert.Single(await Reviews.ListAwaitingReviewAsync(Account("Erin").Address));
        Assert.Equal(created.Panel, awaiting.Auditors);
        await AssertRevertsWith<RatingCountMismatchError>(() => Reviews.ReviewAsync(_kit.Web3("Erin"), created.RequestId, [5, 5]));
        await AssertRevertsWith<InvalidRatingError>(() => Reviews.ReviewAsync(_kit.Web3("Erin"), created.RequestId, [5, 0, 3]));
        await Reviews.ReviewAsync(_kit.Web3("Erin"), created.RequestId, [5, 3, 2]);

        Assert.Equal(before[0] + (2 * FiveRep), await _kit.ReputationAsync(panel[0]));
        Assert.Equal(before[1], await _kit.ReputationAsync(panel[1]));
        Assert.Equal(before[2] - FiveRep, await _kit.ReputationAsync(panel[2]));
    }

    [Fact]
    public async Task Each_rule_refuses_with_its_own_error()
    {
        var (requestId, auditor) = await FinishedAuditAsync("utility 2");
        var open = await _kit.RequestAsync("Grace", "flat 9", Day(2025, 3, 1), Day(2025, 3, 31));

        await AssertRevertsWith<ReviewerWasAuditorError>(() => Reviews.ReviewAsync(_kit.Web3(auditor), requestId, [5]));
        await AssertRevertsWith<ReviewerIsRequesterError>(() => Reviews.ReviewAsync(_kit.Web3("Alice"), requestId, [5]));
        await AssertRevertsWith<AuditNotFinishedError>(() => Reviews.ReviewAsync(_kit.Web3("Erin"), open.RequestId, [5]));
        var broke = await AssertRevertsWith<ReviewBudgetExhaustedError>(() => Reviews.ReviewAsync(chain.Web3For(DevAccounts.Deployer), requestId, [5]));
        Assert.Contains("has used all 0 review(s)", broke.Message, StringComparison.Ordinal);

        await Reviews.ReviewAsync(_kit.Web3("Erin"), requestId, [4]);
        var twice = await AssertRevertsWith<AlreadyReviewedError>(() => Reviews.ReviewAsync(_kit.Web3("Erin"), requestId, [4]));
        Assert.Contains("one review per audit", twice.Message, StringComparison.Ordinal);

        Assert.Equal(ReviewEligibility.WasAuditor, await Reviews.GetEligibilityAsync(requestId, Account(auditor).Address));
        Assert.Equal(ReviewEligibility.IsRequester, await Reviews.GetEligibilityAsync(requestId, Account("Alice").Address));
        Assert.Equal(ReviewEligibility.AlreadyReviewed, await Reviews.GetEligibilityAsync(requestId, Account("Erin").Address));
        Assert.Equal(ReviewEligibility.NotFinished, await Reviews.GetEligibilityAsync(open.RequestId, Account("Frank").Address));
        Assert.Empty(await Reviews.ListAwaitingReviewAsync(Account("Erin").Address));
        Assert.Empty(await Reviews.ListAwaitingReviewAsync(Account(auditor).Address));
        Assert.Equal(requestId, Assert.Single(await Reviews.ListAwaitingReviewAsync(Account("Frank").Address)).RequestId);

        // The window runs 30 days from the reveal deadline (5 days after the request).
        await chain.IncreaseTimeAsync(35 * OneDay);
        await AssertRevertsWith<ReviewWindowClosedError>(() => Reviews.ReviewAsync(_kit.Web3("Frank"), requestId, [4]));
    }

    [Fact]
    public async Task The_budget_is_bounded_per_epoch_and_counts_votes_held_before_the_epoch()
    {
        await _kit.AsTimelockAsync(ReviewsAddress, new SetParametersFunction { NewParameters = Parameters(maxReviewsPerEpoch: 1) });
        var (first, _) = await FinishedAuditAsync("utility 3", moveToNextEpoch: false);
        var (second, _) = await FinishedAuditAsync("utility 4");

        await Reviews.ReviewAsync(_kit.Web3("Erin"), first, [5]);
        var exhausted = await AssertRevertsWith<ReviewBudgetExhaustedError>(() => Reviews.ReviewAsync(_kit.Web3("Erin"), second, [5]));
        Assert.Equal(new BigInteger(1), (BigInteger)exhausted.Arguments["budget"]!);
        Assert.Equal(ReviewEligibility.BudgetExhausted, await Reviews.GetEligibilityAsync(second, Account("Erin").Address));

        // Votes delegated to a new reviewer mid-epoch give it no budget until the next epoch.
        var deployer = chain.Web3For(DevAccounts.Deployer);
        var token = new Contracts.Generated.EmissionsDaoToken.EmissionsDaoTokenService(_kit.Web3("Frank"), chain.Addresses.GovernanceToken);
        await token.DelegateRequestAndWaitForReceiptAsync(DevAccounts.Deployer.Address);
        await AssertRevertsWith<ReviewBudgetExhaustedError>(() => Reviews.ReviewAsync(deployer, second, [5]));

        await chain.IncreaseTimeAsync(OneDay);
        Assert.Equal(new BigInteger(1), (await Reviews.GetBudgetAsync(DevAccounts.Deployer.Address)).Budget);
        await Reviews.ReviewAsync(deployer, second, [5]);
        await Reviews.ReviewAsync(_kit.Web3("Erin"), second, [5]);
    }

    [Fact]
    public async Task Reviewed_reputation_decays_with_the_epochs()
    {
        var (requestId, auditor) = await FinishedAuditAsync("utility 5");
        await Reviews.ReviewAsync(_kit.Web3("Erin"), requestId, [5]);
        var reviewed = await _kit.ReputationAsync(auditor);

        await chain.IncreaseTimeAsync(90 * OneDay);
        Assert.Equal(reviewed / 2, await _kit.ReputationAsync(auditor));
        await chain.IncreaseTimeAsync(90 * OneDay);
        Assert.Equal(reviewed / 4, await _kit.ReputationAsync(auditor));
    }

    [Fact]
    public async Task Reputation_moved_by_reviews_cannot_be_transferred_and_only_the_reviews_contract_applies_reviews()
    {
        var (requestId, auditor) = await FinishedAuditAsync("utility 6");
        await Reviews.ReviewAsync(_kit.Web3("Erin"), requestId, [5]);
        var holder = new ContractTransactionSender(_kit.Web3(auditor));
        var reputation = chain.Addresses.AuditorReputation!;
        var erin = Account("Erin").Address;

        await AssertRevertsWith<Rep.ReputationNonTransferableError>(() => holder.SendAsync(reputation, new Rep.TransferFunction { To = erin, Value = 1 }));
        await AssertRevertsWith<Rep.ReputationNonTransferableError>(() => holder.SendAsync(reputation, new Rep.ApproveFunction { Spender = erin, Value = 1 }));
        await AssertRevertsWith<Rep.ReputationNonTransferableError>(() => holder.SendAsync(reputation, new Rep.TransferFromFunction { From = Account(auditor).Address, To = erin, Value = 1 }));
        await AssertRevertsWith<Rep.NotReviewsError>(() => holder.SendAsync(reputation, new Rep.ReviewFunction { Account = erin, Delta = FiveRep }));
        await AssertRevertsWith<Rep.OwnableUnauthorizedAccountError>(() => holder.SendAsync(reputation, new Rep.SetReviewsFunction { NewReviews = erin }));
        Assert.Equal(BigInteger.Zero, await new AuditorReputationService(chain.Reader, reputation).BalanceOfQueryAsync(erin));
        Assert.Equal(ReviewsAddress, await new AuditorReputationService(chain.Reader, reputation).ReviewsQueryAsync(), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_signed_review_is_relayed_once_and_the_reviewer_pays_no_gas()
    {
        var (requestId, auditor) = await FinishedAuditAsync("utility 7");
        var erin = Account("Erin").Address;
        var ethBefore = await chain.Reader.Eth.GetBalance.SendRequestAsync(erin);
        var repBefore = await _kit.ReputationAsync(auditor);

        var signed = await Reviews.SignReviewAsync(requestId, [2], Key("Erin"), TimeSpan.FromHours(1));
        var outcome = await Reviews.SubmitSignedAsync(signed);
        output.WriteLine($"Gas of one relayed signed review: {outcome.Receipt.GasUsed.Value}");

        Assert.Equal(-FiveRep, Assert.Single(outcome.Ratings).AppliedRep);
        Assert.Equal(repBefore - FiveRep, await _kit.ReputationAsync(auditor));
        Assert.Equal(ethBefore.Value, (await chain.Reader.Eth.GetBalance.SendRequestAsync(erin)).Value);
        await AssertRevertsWith<InvalidAccountNonceError>(() => Reviews.SubmitSignedAsync(signed));

        var forged = await Reviews.SignReviewAsync(requestId, [5], Key("Frank"), TimeSpan.FromHours(1));
        forged.Message.Reviewer = Account("Grace").Address;
        forged.Message.Nonce = 0;
        await AssertRevertsWith<InvalidSignatureError>(() => Reviews.SubmitSignedAsync(forged));
    }

    [Fact]
    public async Task Only_the_timelock_changes_review_parameters_through_a_passed_proposal()
    {
        var erin = new ContractTransactionSender(_kit.Web3("Erin"));
        await AssertRevertsWith<OwnableUnauthorizedAccountError>(() => erin.SendAsync(ReviewsAddress, new SetParametersFunction { NewParameters = Parameters(maxReviewsPerEpoch: 50) }));
        await AssertRevertsWith<InvalidParameterError>(() => _kit.AsTimelockAsync(ReviewsAddress, new SetParametersFunction { NewParameters = Parameters(votesPerReview: 0) }));

        var template = new ChangeReviewParameters(2.5m, 1_000m, 3, TimeSpan.FromDays(7));
        Assert.Null(template.Problem);
        Assert.Equal("The votes per review must be positive", new ChangeReviewParameters(1, 0, 3, TimeSpan.Zero).Problem);
        var call = Assert.Single(template.Calls(chain.Addresses));
        var describer = new ProposalDescriber(new ChainRuntime(new ChainConnection(chain.Anvil.RpcUrl, ChainOptions.DevChainId, true, chain.Addresses, DevAccounts.Deployer.PrivateKey)));
        Assert.Equal(
            "Reviews: each star above or below 3 moves 2.5 REP; one review per 1,000 EDAO of votes, at most 3 per reviewer per epoch; audits can be reviewed for 7 day(s) after their reveal deadline",
            describer.Describe(call.Target, call.Value, call.Calldata));

        await ProposalBuilder.ExecuteThroughGovernanceAsync(chain, [(call.Target, call.Calldata)], "Tune community reviews #" + Guid.NewGuid().ToString("N")[..8]);

        var parameters = await Reviews.GetParametersAsync();
        Assert.Equal(25 * AuditTestKit.Rep / 10, parameters.RepPerStar);
        Assert.Equal(1_000 * AuditTestKit.Rep, parameters.VotesPerReview);
        Assert.Equal(3, parameters.MaxReviewsPerEpoch);
        Assert.Equal((uint)(7 * OneDay), parameters.ReviewWindow);
    }

    /// <summary>An issued single-auditor audit requested by Alice, then (by default) time moved into the next review epoch.</summary>
    private async Task<(BigInteger RequestId, string Auditor)> FinishedAuditAsync(string subject, bool moveToNextEpoch = true)
    {
        var (requestId, _, auditor) = await _kit.IssueAsync("Alice", subject, Day(2025, 1, 1), Day(2025, 1, 31), 1_234_000);
        if (moveToNextEpoch)
        {
            await chain.IncreaseTimeAsync(OneDay);
        }

        return (requestId, auditor);
    }

    private static ReviewParameters Parameters(ushort maxReviewsPerEpoch = 5, BigInteger? votesPerReview = null) => new()
    {
        RepPerStar = FiveRep,
        VotesPerReview = votesPerReview ?? 10_000 * AuditTestKit.Rep,
        MaxReviewsPerEpoch = maxReviewsPerEpoch,
        ReviewWindow = 30 * 24 * 3600,
    };
}
