using System.Text;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.AuditorReputation;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.EndToEnd.Tests.Infrastructure;
using Nethereum.Signer;
using Nethereum.Util;
using static Microsoft.Playwright.Assertions;

namespace EmissionsDao.EndToEnd.Tests;

/// <summary>A community reviewer rates the auditor of a finished audit; the auditor's reputation moves on the leaderboard.</summary>
[Collection(PortalCollection.Name)]
public sealed class ReviewTests(PortalFixture portal)
{
    [Fact]
    public async Task A_reviewer_rates_an_audit_and_the_auditors_reputation_changes_on_the_leaderboard()
    {
        var (requestId, auditor) = await FinishAnAuditAsync();
        // Review budgets follow voting power at the start of an epoch (a day): the demo holders delegated in epoch 0.
        await portal.IncreaseChainTimeAsync(24 * 3600 + 1);
        var reputation = new AuditorReputationService(portal.Chain.Reader, portal.Chain.Addresses.AuditorReputation);
        var before = await reputation.BalanceOfQueryAsync(auditor.Address);

        var erin = await portal.SignInAsDevAccountAsync("Erin", "/reviews");
        var review = erin.GetByTestId($"review-{requestId}");
        await Expect(review).ToContainTextAsync("issued, 1,234.5 kg CO2e", new() { Timeout = 20_000 });
        await review.GetByTestId("stars-0").Locator(".mud-rating-item").Nth(4).ClickAsync();
        await Expect(review.GetByTestId("effect-0")).ToContainTextAsync("+10 REP");
        await PortalFixture.ScreenshotAsync(erin, "review-form");
        await review.GetByTestId("submit-review").ClickAsync();
        await Expect(erin.GetByTestId("review-outcome")).ToContainTextAsync("5 stars, 10 REP applied", new() { Timeout = 30_000 });
        await PortalFixture.ScreenshotAsync(erin, "review-recorded");

        var after = await reputation.BalanceOfQueryAsync(auditor.Address);
        Assert.Equal(before + (10 * System.Numerics.BigInteger.Pow(10, 18)), after);
        await erin.GotoAsync(new Uri(portal.BaseAddress, "/reputation").ToString());
        await Expect(erin.GetByTestId($"rep-{auditor.Address.ToLowerInvariant()}"))
            .ToHaveTextAsync(((decimal)UnitConversion.Convert.FromWei(after)).ToString("#,0.##"), new() { Timeout = 10_000 });
        await PortalFixture.ScreenshotAsync(erin, "reputation-after-review");
    }

    /// <summary>Alice requests, the drawn auditor commits and reveals 1,234.5 kg, and the audit is finalized as issued.</summary>
    private async Task<(System.Numerics.BigInteger RequestId, DevAccount Auditor)> FinishAnAuditAsync()
    {
        var chain = portal.Chain;
        var service = new AuditChainService(chain.Reader, chain.Addresses, new AuditRelayer(new ContractTransactionSender(chain.Relayer), chain.Addresses));
        var alice = DevAccounts.ByName("Alice");
        static byte[] Hash(string text) => Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(text));
        var factorSet = Hash("uk-desnz-2025");
        var draft = new AuditRequestDraft(
            alice.Address, Hash("ACME Ltd / business travel " + Guid.NewGuid()), ChainDays.FromDate(new DateOnly(2025, 1, 1)), ChainDays.FromDate(new DateOnly(2025, 1, 31)),
            Hash("activities"), factorSet, [Hash("invoice")]);
        var created = await service.RequestAuditAsync(await service.SignAuditRequestAsync(draft, new EthECKey(alice.PrivateKey), TimeSpan.FromHours(1)));
        var auditor = DevAccounts.All.Single(a => string.Equals(a.Address, created.Panel.Single(), StringComparison.OrdinalIgnoreCase));
        var result = AuditorResult.IssueGrams(1_234_500, factorSet);
        await service.CommitAsync(await service.SignCommitAsync(created.RequestId, result, new EthECKey(auditor.PrivateKey), TimeSpan.FromHours(1)));
        await service.RevealAsync(await service.SignRevealAsync(created.RequestId, result, new EthECKey(auditor.PrivateKey), TimeSpan.FromHours(1)));
        var finalized = await service.FinalizeAsync(created.RequestId);
        Assert.Equal(AuditStatus.Issued, finalized.Status);
        return (created.RequestId, auditor);
    }
}
