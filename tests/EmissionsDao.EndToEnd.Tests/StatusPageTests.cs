using EmissionsDao.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using static Microsoft.Playwright.Assertions;

namespace EmissionsDao.EndToEnd.Tests;

[Collection(PortalCollection.Name)]
public sealed class StatusPageTests(PortalFixture portal)
{
    [Fact]
    public async Task Status_page_shows_the_live_chain_in_a_real_browser()
    {
        var page = await portal.OpenAsync("/status");

        await Expect(page.Locator("[data-testid=chain-id]")).ToHaveTextAsync("31337");
        foreach (var (contract, address) in portal.Chain.Addresses.All())
        {
            await Expect(page.Locator($"[data-testid=contract-{contract}]")).ToContainTextAsync(address!);
        }

        await Expect(page.Locator("[data-testid=applied-migrations]")).ToContainTextAsync("Initial");
        await Expect(page.Locator("[data-testid=edao-Erin]")).ToHaveTextAsync("100,000");
        var shownBlock = long.Parse(await page.Locator("[data-testid=latest-block]").TextContentAsync() ?? "0");

        await portal.Chain.Reader.Client.SendRequestAsync<object>(new RpcRequest(1, "anvil_mine", new HexBigInteger(3).HexValue));

        await Expect(page.Locator("[data-testid=latest-block]")).ToHaveTextAsync((shownBlock + 3).ToString(), new() { Timeout = 10_000 });
        await PortalFixture.ScreenshotAsync(page, "status");
    }

    [Fact]
    public async Task Every_area_of_the_navigation_opens()
    {
        var page = await portal.OpenAsync("/");

        foreach (var (link, heading) in new[] { ("Audits", "Audits"), ("Auditor desk", "Auditor desk"), ("Governance", "Governance"), ("Reputation", "Reputation"), ("Records", "Records") })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).First.ClickAsync();
            await Expect(page.Locator("h1, .mud-typography-h4").First).ToHaveTextAsync(heading);
        }

        await PortalFixture.ScreenshotAsync(page, "navigation");
    }
}
