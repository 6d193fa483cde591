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

    /// <summary>
    /// A new browser page with an injected EIP-1193 wallet for <paramref name="address"/>, one of anvil's unlocked
    /// accounts, signed in with it (Sign-In with Ethereum) and landed on <paramref name="returnUrl"/>. The wallet
    /// forwards personal_sign, eth_signTypedData_v4 and eth_sendTransaction to anvil, which signs with the account's
    /// key as a wallet extension would; <see cref="SetWalletChainAsync"/> and <see cref="DeclineNextTransactionAsync"/>
    /// make it misbehave as a user can.
    /// </summary>
    public async Task<IPage> SignInWithInjectedWalletAsync(string address, string returnUrl)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await page.AddInitScriptAsync($$"""
            window.testWallet = { chainId: "0x7a69", declineNextTransaction: false, sent: [] };
            window.ethereum = {
              request: async ({ method, params }) => {
                if (method === "eth_requestAccounts" || method === "eth_accounts") return ["{{address.ToLowerInvariant()}}"];
                if (method === "eth_chainId") return window.testWallet.chainId;
                if (method === "eth_sendTransaction" && window.testWallet.declineNextTransaction) {
                  window.testWallet.declineNextTransaction = false;
                  throw Object.assign(new Error("User rejected the transaction"), { code: 4001 });
                }
                // Wallets take the typed data as a JSON string; anvil's RPC wants the object.
                if (method === "eth_signTypedData_v4" && typeof params[1] === "string") params = [params[0], JSON.parse(params[1])];
                const response = await fetch("{{Chain.RpcUrl}}", {
                  method: "POST",
                  headers: { "Content-Type": "application/json" },
                  body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
                });
                const body = await response.json();
                if (body.error) throw Object.assign(new Error(body.error.message), { code: body.error.code });
                if (method === "eth_sendTransaction") window.testWallet.sent.push({ ...params[0], hash: body.result });
                return body.result;
              },
            };
            """);
        await page.GotoAsync(new Uri(BaseAddress, $"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}").ToString());
        await page.Locator("[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 20_000 });
        await page.GetByTestId("connect-wallet").ClickAsync();
        await page.WaitForURLAsync($"**{returnUrl}", new() { Timeout = 20_000 });
        await page.Locator("[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 20_000 });
        return page;
    }

    /// <summary>Switches the injected wallet of <paramref name="page"/> to another chain (it answers eth_chainId with it).</summary>
    public static Task SetWalletChainAsync(IPage page, long chainId) => page.EvaluateAsync($"window.testWallet.chainId = '0x{chainId:x}'");

    /// <summary>The user declines the next transaction in the injected wallet (EIP-1193 error 4001).</summary>
    public static Task DeclineNextTransactionAsync(IPage page) => page.EvaluateAsync("window.testWallet.declineNextTransaction = true");

    /// <summary>The transactions the injected wallet sent, as the portal asked for them (from, to, data, gas, chainId, hash).</summary>
    public static Task<System.Text.Json.JsonElement> WalletTransactionsAsync(IPage page) => page.EvaluateAsync<System.Text.Json.JsonElement>("window.testWallet.sent");

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
