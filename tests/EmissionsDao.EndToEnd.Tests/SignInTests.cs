using EmissionsDao.Chain.LocalChain;
using EmissionsDao.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmissionsDao.EndToEnd.Tests;

[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalFixture portal)
{
    [Fact]
    public async Task Dev_account_signs_in_with_one_click_and_signs_out()
    {
        var alice = DevAccounts.ByName("Alice");
        var page = await portal.OpenAsync("/signin?returnUrl=%2Fstatus");
        await Expect(page.GetByTestId("sign-in")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("dev-accounts")).ToContainTextAsync("Development convenience");
        await PortalFixture.ScreenshotAsync(page, "signin");

        await page.GetByTestId("dev-signin-Alice").ClickAsync();

        await page.WaitForURLAsync("**/status");
        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId("signed-in-address")).ToHaveTextAsync($"{alice.Address[..6]}…{alice.Address[^4..]}");
        await Expect(page.GetByTestId("signed-in-address")).ToHaveAttributeAsync("title", alice.Address);
        await PortalFixture.ScreenshotAsync(page, "signed-in-as-alice");

        await page.GetByTestId("signed-in-address").ClickAsync();
        var signOut = page.GetByRole(AriaRole.Menuitem, new() { Name = "Sign out" });
        await Expect(signOut).ToBeVisibleAsync();
        await PortalFixture.ScreenshotAsync(page, "account-menu");
        await signOut.ClickAsync();

        await Expect(page.GetByTestId("sign-in")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Expect(page.GetByTestId("signed-in-address")).ToHaveCountAsync(0);
        await PortalFixture.ScreenshotAsync(page, "signed-out");
    }

    [Fact]
    public async Task Connect_wallet_without_an_injected_wallet_says_so()
    {
        var page = await portal.OpenAsync("/signin");

        await page.GetByTestId("connect-wallet").ClickAsync();

        await Expect(page.GetByTestId("signin-error")).ToContainTextAsync("No Ethereum wallet was found in this browser");
    }

    [Fact]
    public async Task Injected_wallet_signs_the_eip4361_message_and_the_portal_signs_it_in()
    {
        var bob = DevAccounts.ByName("Bob");
        var page = await OpenWithWalletAsync("/signin", InjectedWalletBackedByAnvil(bob.Address));

        await page.GetByTestId("connect-wallet").ClickAsync();

        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId("signed-in-address")).ToHaveAttributeAsync("title", bob.Address, new() { Timeout = 15_000 });
        var signed = await page.EvaluateAsync<string>("() => sessionStorage.getItem('signedMessage')");
        Assert.Contains($"wants you to sign in with your Ethereum account:\n{bob.Address}\n", signed);
        Assert.Contains("\nChain ID: 31337\n", signed);
    }

    [Fact]
    public async Task Declining_in_the_wallet_says_so_and_signs_nobody_in()
    {
        var page = await OpenWithWalletAsync("/signin", """
            window.ethereum = {
              request: async ({ method }) => {
                if (method === "eth_requestAccounts") return ["0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"];
                if (method === "eth_chainId") return "0x7a69";
                throw Object.assign(new Error("User denied message signature."), { code: 4001 });
              },
            };
            """);

        await page.GetByTestId("connect-wallet").ClickAsync();

        await Expect(page.GetByTestId("signin-error")).ToContainTextAsync("You declined the request in your wallet.");
        await Expect(page.GetByTestId("sign-in")).ToBeVisibleAsync();
    }

    /// <summary>
    /// An EIP-1193 provider for the test: it shares one account and forwards personal_sign to the portal's anvil, whose
    /// dev accounts are unlocked — a real secp256k1 signature from outside the portal, as a wallet extension would make.
    /// </summary>
    private string InjectedWalletBackedByAnvil(string address) => $$"""
        window.ethereum = {
          request: async ({ method, params }) => {
            if (method === "eth_requestAccounts") return ["{{address.ToLowerInvariant()}}"];
            if (method === "eth_chainId") return "0x7a69";
            if (method === "personal_sign") {
              const hex = params[0].slice(2);
              // Kept across the reload that follows the sign-in, for the test to read.
              sessionStorage.setItem("signedMessage", new TextDecoder().decode(new Uint8Array(hex.match(/../g).map(b => parseInt(b, 16)))));
            }
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
        """;

    private async Task<IPage> OpenWithWalletAsync(string path, string walletScript)
    {
        var page = await portal.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await page.AddInitScriptAsync(walletScript);
        await page.GotoAsync(new Uri(portal.BaseAddress, path).ToString());
        await WaitForCircuitAsync(page);
        return page;
    }

    private static Task WaitForCircuitAsync(IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 20_000 });
}
