using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using EmissionsDao.Chain.Identity;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.Web.Authentication;
using EmissionsDao.Web.Components.Pages;
using EmissionsDao.Web.Components.Shared;
using EmissionsDao.Web.Tests.Identity;
using EmissionsDao.Web.Wallet;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace EmissionsDao.Web.Tests.Authentication;

public sealed class SignInPageTests
{
    private static readonly DevAccount Alice = DevAccounts.ByName("Alice");

    [Fact]
    public async Task Dev_chain_offers_every_dev_account_as_a_development_convenience()
    {
        await using var context = NewContext(new FixedSignInChain(31337, AllowsDevAccounts: true));

        var page = context.Render<SignInPage>();

        var devAccounts = page.Find("[data-testid=dev-accounts]");
        Assert.Contains("Development convenience", devAccounts.TextContent);
        Assert.Contains("Never use them on a real network", devAccounts.TextContent);
        foreach (var account in DevAccounts.All)
        {
            Assert.NotNull(page.Find($"[data-testid=dev-signin-{account.Name}]"));
            Assert.Contains(account.Role, devAccounts.TextContent);
        }

        Assert.NotNull(page.Find("[data-testid=connect-wallet]"));
    }

    [Fact]
    public async Task Another_chain_offers_only_the_wallet()
    {
        await using var context = NewContext(new FixedSignInChain(11155111, AllowsDevAccounts: false));

        var page = context.Render<SignInPage>();

        Assert.Empty(page.FindAll("[data-testid=dev-accounts]"));
        Assert.DoesNotContain("Development convenience", page.Markup);
        Assert.Contains("chain 11155111", page.Markup);
        Assert.NotNull(page.Find("[data-testid=connect-wallet]"));
    }

    [Fact]
    public async Task Dev_account_sign_in_posts_through_the_browser_then_reloads_the_return_page()
    {
        await using var context = NewContext(new FixedSignInChain(31337, AllowsDevAccounts: true));
        var wallet = context.JSInterop.SetupModule("./js/wallet.js");
        wallet.Setup<WalletOutcome<SignedInSession>>("signInAsDevAccount", "Alice")
            .SetResult(new(true, new SignedInSession(Alice.Address, 31337, SignInMethods.DevAccount, "Alice"), null, null, null));
        var navigation = context.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/signin?returnUrl=%2Faudits");

        var page = context.Render<SignInPage>();
        await page.Find("[data-testid=dev-signin-Alice]").ClickAsync(new());

        var reload = Assert.IsType<BunitNavigationManager>(navigation).History.First();
        Assert.Equal("/audits", reload.Uri);
        Assert.True(reload.Options.ForceLoad);
    }

    [Fact]
    public async Task A_browser_without_a_wallet_gets_a_clear_message()
    {
        await using var context = NewContext(new FixedSignInChain(11155111, AllowsDevAccounts: false));
        var wallet = context.JSInterop.SetupModule("./js/wallet.js");
        wallet.Setup<WalletOutcome<string[]>>("requestAccounts")
            .SetResult(new(false, null, "no-wallet", null, "No Ethereum wallet was found in this browser: install a wallet extension"));

        var page = context.Render<SignInPage>();
        await page.Find("[data-testid=connect-wallet]").ClickAsync(new());

        Assert.Contains("No Ethereum wallet was found", page.Find("[data-testid=signin-error]").TextContent);
    }

    [Fact]
    public async Task A_wallet_on_another_chain_is_asked_to_switch_before_signing()
    {
        await using var context = NewContext(new FixedSignInChain(31337, AllowsDevAccounts: true));
        var wallet = context.JSInterop.SetupModule("./js/wallet.js");
        wallet.Setup<WalletOutcome<string[]>>("requestAccounts").SetResult(new(true, [Alice.Address.ToLowerInvariant()], null, null, null));
        wallet.Setup<WalletOutcome<long>>("chainId").SetResult(new(true, 1, null, null, null));

        var page = context.Render<SignInPage>();
        await page.Find("[data-testid=connect-wallet]").ClickAsync(new());

        Assert.Contains("Your wallet is on chain 1, but this portal runs on chain 31337", page.Find("[data-testid=signin-error]").TextContent);
        Assert.DoesNotContain(wallet.Invocations, invocation => invocation.Identifier == "personalSign");
    }

    [Fact]
    public async Task Wallet_sign_in_signs_the_portal_message_and_posts_it()
    {
        await using var context = NewContext(new FixedSignInChain(31337, AllowsDevAccounts: true));
        var wallet = context.JSInterop.SetupModule("./js/wallet.js");
        wallet.Setup<WalletOutcome<string[]>>("requestAccounts").SetResult(new(true, [Alice.Address.ToLowerInvariant()], null, null, null));
        wallet.Setup<WalletOutcome<long>>("chainId").SetResult(new(true, 31337, null, null, null));
        wallet.Setup<WalletOutcome<string>>("personalSign", _ => true).SetResult(new(true, "0xsigned", null, null, null));
        wallet.Setup<WalletOutcome<SignedInSession>>("signInWithEthereum", _ => true)
            .SetResult(new(true, new SignedInSession(Alice.Address, 31337, SignInMethods.Siwe, null), null, null, null));

        var page = context.Render<SignInPage>();
        await page.Find("[data-testid=connect-wallet]").ClickAsync(new());

        var signed = SiweMessage.Parse((string)wallet.Invocations["personalSign"].Single().Arguments[0]!);
        Assert.Equal(Alice.Address, signed.Address);
        Assert.Equal(31337, signed.ChainId);
        Assert.Equal("localhost", signed.Domain);
        Assert.Equal(["0xsigned"], wallet.Invocations["signInWithEthereum"].Single().Arguments.Skip(1));
        Assert.Equal("/", Assert.IsType<BunitNavigationManager>(context.Services.GetRequiredService<NavigationManager>()).History.First().Uri);
    }

    [Fact]
    public async Task App_bar_shows_the_shortened_address_when_signed_in_and_sign_in_otherwise()
    {
        await using var context = NewContext(new FixedSignInChain(31337, AllowsDevAccounts: true), out var authorization);

        var signedOut = context.Render<AccountMenu>();
        Assert.Equal("Sign in", signedOut.Find("[data-testid=sign-in]").TextContent.Trim());

        authorization.SetAuthorized(Alice.Address);
        authorization.SetClaims(new Claim(PortalClaimTypes.Address, Alice.Address));
        var signedIn = context.Render<AccountMenu>();
        Assert.Equal("0x7099…79C8", signedIn.Find("[data-testid=signed-in-address]").TextContent.Trim());
        Assert.NotNull(signedIn.Find("[data-testid=copy-address]"));
    }

    [Theory]
    [InlineData("/audits?id=3", "/audits?id=3")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("/\t/evil.example/", "/")]
    [InlineData(null, "/")]
    public void Return_addresses_stay_on_the_portal(string? returnUrl, string expected) =>
        Assert.Equal(expected, SignInLinks.SafeReturnPath(returnUrl));

    private static BunitContext NewContext(ISignInChain chain) => NewContext(chain, out _);

    private static BunitContext NewContext(ISignInChain chain, out BunitAuthorizationContext authorization)
    {
        var context = new BunitContext();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        var options = Options.Create(new SiweOptions());
        var nonces = new InMemorySiweNonceStore(TimeProvider.System, options);
        context.Services.AddSingleton(chain);
        context.Services.AddSingleton(new SiweChallengeIssuer(nonces, TimeProvider.System, options));
        context.Services.AddScoped<WalletInterop>();
        authorization = context.AddAuthorization();
        return context;
    }
}
