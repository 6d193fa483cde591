using EmissionsDao.Chain.Deployment;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmissionsDao.EndToEnd.Tests;

/// <summary>
/// A token holder proposes to register a new auditor; holders vote by EIP-712 signature (dev accounts signed on the
/// server, one voter through an injected wallet); the chain's time is moved; the proposal is queued and executed;
/// the new auditor appears on the reputation leaderboard.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class GovernanceTests(PortalFixture portal)
{
    // anvil's ninth well-known account: not one of the demo auditors.
    private const string NewAuditor = "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f";

    [Fact]
    public async Task A_proposal_to_register_an_auditor_goes_from_the_form_through_signed_votes_to_execution()
    {
        var governance = GovernanceSettings.DevChain;
        var erin = await portal.SignInAsDevAccountAsync("Erin", "/governance/new");
        await erin.GetByLabel("Auditor address").FillAsync(NewAuditor);
        await Expect(erin.GetByTestId("template-preview")).ToContainTextAsync($"Register as auditor(s): {NewAuditor}", new() { IgnoreCase = true });
        await erin.GetByLabel("Why (shown to voters)").FillAsync("Acme Verification GmbH passed the onboarding review.");
        await PortalFixture.ScreenshotAsync(erin, "governance-new-proposal");
        await erin.GetByTestId("submit-proposal").ClickAsync();

        await erin.WaitForURLAsync("**/governance/proposals/*", new() { Timeout = 30_000 });
        var proposalPath = new Uri(erin.Url).AbsolutePath;
        await Expect(erin.GetByTestId("proposal-actions")).ToContainTextAsync(NewAuditor, new() { IgnoreCase = true });
        await Expect(erin.GetByTestId("vote-unavailable")).ToContainTextAsync("Voting opens");

        await portal.IncreaseChainTimeAsync((long)governance.VotingDelaySeconds + 1);
        await Expect(erin.GetByTestId("proposal-state")).ToHaveTextAsync("Active", new() { Timeout = 10_000 });
        await VoteForAsync(erin);

        var frank = await portal.SignInWithInjectedWalletAsync(DevAccounts.ByName("Frank").Address, proposalPath);
        await VoteForAsync(frank);

        foreach (var holder in new[] { "Alice", "Bob" })
        {
            await VoteForAsync(await portal.SignInAsDevAccountAsync(holder, proposalPath));
        }

        await Expect(erin.GetByTestId("quorum-text")).ToContainTextAsync("reached", new() { Timeout = 10_000 });
        await Expect(erin.GetByTestId("voters")).ToContainTextAsync(DevAccounts.ByName("Frank").Address, new() { IgnoreCase = true });
        await PortalFixture.ScreenshotAsync(erin, "governance-proposal-voted");

        await portal.IncreaseChainTimeAsync((long)(governance.VotingPeriodSeconds + governance.VoteExtensionSeconds + 1));
        await Expect(erin.GetByTestId("proposal-state")).ToHaveTextAsync("Succeeded", new() { Timeout = 10_000 });
        await erin.GetByTestId("queue").ClickAsync();
        await Expect(erin.GetByTestId("proposal-state")).ToHaveTextAsync("Queued", new() { Timeout = 30_000 });
        await Expect(erin.GetByTestId("execute-unavailable")).ToContainTextAsync("The timelock releases it");

        await portal.IncreaseChainTimeAsync((long)governance.TimelockDelaySeconds + 1);
        await Expect(erin.GetByTestId("execute")).ToBeEnabledAsync(new() { Timeout = 10_000 });
        await erin.GetByTestId("execute").ClickAsync();
        await Expect(erin.GetByTestId("proposal-state")).ToHaveTextAsync("Executed", new() { Timeout = 30_000 });
        await PortalFixture.ScreenshotAsync(erin, "governance-proposal-executed");

        await erin.GotoAsync(new Uri(portal.BaseAddress, "/reputation").ToString());
        await Expect(erin.GetByTestId("leaderboard")).ToContainTextAsync(NewAuditor, new() { IgnoreCase = true, Timeout = 10_000 });
        await PortalFixture.ScreenshotAsync(erin, "reputation-leaderboard");

        await erin.GotoAsync(new Uri(portal.BaseAddress, "/governance").ToString());
        await Expect(erin.GetByTestId("proposals")).ToContainTextAsync("Register " + NewAuditor, new() { IgnoreCase = true });
        await PortalFixture.ScreenshotAsync(erin, "governance-proposals");
    }

    private static async Task VoteForAsync(IPage page)
    {
        await Expect(page.GetByTestId("vote-for")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await page.GetByTestId("vote-for").ClickAsync();
        await Expect(page.GetByTestId("already-voted")).ToContainTextAsync("You voted For", new() { Timeout = 30_000 });
    }
}
