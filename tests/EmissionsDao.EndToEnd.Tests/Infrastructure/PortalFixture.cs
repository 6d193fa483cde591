using EmissionsDao.Chain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EmissionsDao.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real portal on a real Kestrel port, on its embedded defaults (SQLite file, anvil child process, contracts
/// deployed, demo accounts funded) in a fresh data directory, and Debian's chromium driven by Playwright.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("emissionsdao-e2e-").FullName;
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public IServiceProvider Services => _factory!.Services;

    public ChainConnection Chain => Services.GetRequiredService<ChainRuntime>().Connection;

    public static string ArtifactsDirectory { get; } = Directory.CreateDirectory(
        Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseSetting("DataDirectory", _dataDirectory)
            .UseSetting("Chain:AnvilPort", "0")
            .UseSetting("Chain:PersistLocalChain", "false")
            .UseSetting("Urls", "http://127.0.0.1:0"));
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>A new page whose Blazor circuit is live, so that clicks are not lost.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await page.GotoAsync(new Uri(BaseAddress, path).ToString());
        await page.Locator("[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 20_000 });
        return page;
    }

    /// <summary>Signs a dev account in through the sign-in page, then lands on <paramref name="returnUrl"/> with a live circuit.</summary>
    public async Task<IPage> SignInAsDevAccountAsync(string name, string returnUrl)
    {
        var page = await OpenAsync($"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByTestId($"dev-signin-{name}").ClickAsync();
        await page.WaitForURLAsync($"**{returnUrl}");
        await page.Locator("[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 20_000 });
        return page;
    }

    /// <summary>Moves the embedded chain's clock forward and mines a block, as a demo operator would.</summary>
    public async Task IncreaseChainTimeAsync(long seconds)
    {
        await Chain.Reader.Client.SendRequestAsync<object>(new Nethereum.JsonRpc.Client.RpcRequest(1, "evm_increaseTime", seconds));
        await Chain.Reader.Client.SendRequestAsync<object>(new Nethereum.JsonRpc.Client.RpcRequest(2, "anvil_mine", "0x1"));
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsDirectory, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
