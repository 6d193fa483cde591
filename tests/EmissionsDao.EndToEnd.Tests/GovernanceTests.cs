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

        var frank = await OpenWithAnvilWalletAsync(DevAccounts.ByName("Frank").Address, proposalPath);
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

    /// <summary>
    /// A browser with an injected EIP-1193 wallet whose signatures come from anvil's unlocked account: the ballot is
    /// signed by eth_signTypedData_v4 outside the portal, exactly as a wallet extension would sign it.
    /// </summary>
    private async Task<IPage> OpenWithAnvilWalletAsync(string address, string returnUrl)
    {
        var page = await portal.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await page.AddInitScriptAsync($$"""
            window.ethereum = {
              request: async ({ method, params }) => {
                if (method === "eth_requestAccounts" || method === "eth_accounts") return ["{{address.ToLowerInvariant()}}"];
                if (method === "eth_chainId") return "0x7a69";
                // Wallets take the typed data as a JSON string; anvil's RPC wants the object.
                if (method === "eth_signTypedData_v4" && typeof params[1] === "string") params = [params[0], JSON.parse(params[1])];
                const response = await fetch("{{portal.Chain.RpcUrl}}", {
                  method: "POST",
                  headers: { "Content-Type": "application/json" },
                  body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
                });
                const body = await response.json();
                if (body.error) throw Object.assign(new Error(body.error.message), { code: body.error.code });
                return body.result;
              },
            };
            """);
        await page.GotoAsync(new Uri(portal.BaseAddress, $"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}").ToString());
        await page.Locator("[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 20_000 });
        await page.GetByTestId("connect-wallet").ClickAsync();
        await page.WaitForURLAsync($"**{returnUrl}", new() { Timeout = 20_000 });
        await page.Locator("[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 20_000 });
        return page;
    }
}
