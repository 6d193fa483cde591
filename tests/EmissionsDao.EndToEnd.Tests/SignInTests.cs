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

    private static Task WaitForCircuitAsync(IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 20_000 });
}
