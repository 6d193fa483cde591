using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmissionsDao.Chain.Identity;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.Web.Authentication;
using Nethereum.Signer;

namespace EmissionsDao.Web.Tests.Authentication;

/// <summary>The /auth endpoints through the real HTTP pipeline: cookie in, cookie out.</summary>
public sealed class SignInEndpointTests(PortalApiFactory portal) : IClassFixture<PortalApiFactory>
{
    private static readonly DevAccount Bob = DevAccounts.ByName("Bob");
    private static readonly DevAccount Carol = DevAccounts.ByName("Carol");

    [Fact]
    public async Task Nonce_is_fresh_each_time_and_never_cached()
    {
        using var client = portal.CreateClient();

        var first = await client.GetAsync("/auth/nonce");
        var second = await client.GetFromJsonAsync<NonceResponse>("/auth/nonce");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl!.NoStore);
        var nonce = (await first.Content.ReadFromJsonAsync<NonceResponse>())!;
        Assert.Matches("^[A-Za-z0-9]{24}$", nonce.Nonce);
        Assert.NotEqual(nonce.Nonce, second!.Nonce);
        Assert.True(nonce.ExpiresAt > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Wallet_sign_in_starts_a_session_for_the_signer_and_the_nonce_works_once()
    {
        using var client = portal.CreateClient();
        var request = await SignedRequestAsync(client, Bob);

        var response = await client.PostAsJsonAsync("/auth/siwe", request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(SignInServiceCollectionExtensions.SessionCookieName + "=") && cookie.Contains("httponly"));
        var session = await client.GetFromJsonAsync<SessionResponse>("/auth/session");
        Assert.Equal(new SessionResponse(true, Bob.Address, 31337, SignInMethods.Siwe, null), session);

        var replay = await client.PostAsJsonAsync("/auth/siwe", request);
        await AssertProblemAsync(replay, HttpStatusCode.Unauthorized, nameof(SiweRefusal.NonceAlreadyUsed), "already used");
    }

    [Fact]
    public async Task Wallet_sign_in_refuses_another_domain()
    {
        using var client = portal.CreateClient();

        var response = await client.PostAsJsonAsync("/auth/siwe", await SignedRequestAsync(client, Bob, message => message with { Domain = "evil.example" }));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, nameof(SiweRefusal.WrongDomain), "this portal is localhost");
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task Wallet_sign_in_refuses_another_chain()
    {
        using var client = portal.CreateClient();

        var response = await client.PostAsJsonAsync("/auth/siwe", await SignedRequestAsync(client, Bob, message => message with { ChainId = 1 }));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, nameof(SiweRefusal.WrongChain), "runs on chain 31337");
    }

    [Fact]
    public async Task Wallet_sign_in_refuses_a_nonce_it_did_not_issue()
    {
        using var client = portal.CreateClient();

        var response = await client.PostAsJsonAsync("/auth/siwe", await SignedRequestAsync(client, Bob, message => message with { Nonce = "MadeUpByTheClient42" }));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, nameof(SiweRefusal.UnknownNonce), "not issued by this portal");
    }

    [Fact]
    public async Task Wallet_sign_in_refuses_a_signature_by_another_key()
    {
        using var client = portal.CreateClient();
        var forBob = await SignedRequestAsync(client, Bob);
        var signedByCarol = forBob with { Signature = new EthereumMessageSigner().EncodeUTF8AndSign(forBob.Message, new EthECKey(Carol.PrivateKey)) };

        var response = await client.PostAsJsonAsync("/auth/siwe", signedByCarol);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, nameof(SiweRefusal.SignerMismatch), $"signed by {Carol.Address}");
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task Wallet_sign_in_refuses_malformed_text_as_a_bad_request()
    {
        using var client = portal.CreateClient();

        var response = await client.PostAsJsonAsync("/auth/siwe", new SiweSignInRequest("let me in", "0x00"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, nameof(SiweRefusal.MalformedMessage), "Malformed sign-in message");
    }

    [Fact]
    public async Task Dev_account_signs_in_on_the_dev_chain_and_signs_out()
    {
        using var client = portal.CreateClient();

        var response = await client.PostAsync("/auth/dev/alice", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alice = DevAccounts.ByName("Alice");
        Assert.Equal(new SessionResponse(true, alice.Address, 31337, SignInMethods.DevAccount, "Alice"), await client.GetFromJsonAsync<SessionResponse>("/auth/session"));

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/auth/signout", null)).StatusCode);
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task Unknown_dev_account_is_not_found_with_the_list_of_names()
    {
        using var client = portal.CreateClient();

        var response = await client.PostAsync("/auth/dev/mallory", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Deployer, Alice, Bob", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dev_accounts_are_forbidden_on_any_other_chain()
    {
        await using var external = PortalApiFactory.OnChain(11155111);
        using var client = external.CreateClient();

        var response = await client.PostAsync("/auth/dev/Alice", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Dev-account sign-in is disabled on this chain", problem.GetProperty("title").GetString());
        Assert.Contains("this portal runs on chain 11155111", problem.GetProperty("detail").GetString());
        await AssertSignedOutAsync(client);

        // The wallet path still works there, for the chain the portal is on.
        var viaWallet = await client.PostAsJsonAsync("/auth/siwe", await SignedRequestAsync(client, Bob, message => message with { ChainId = 11155111 }));
        Assert.Equal(HttpStatusCode.OK, viaWallet.StatusCode);
    }

    /// <summary>What a browser wallet would post: a message built around a nonce from /auth/nonce, personal_sign-ed.</summary>
    private static async Task<SiweSignInRequest> SignedRequestAsync(HttpClient client, DevAccount signer, Func<SiweMessage, SiweMessage>? change = null)
    {
        var nonce = (await client.GetFromJsonAsync<NonceResponse>("/auth/nonce"))!;
        var now = DateTimeOffset.UtcNow;
        var message = new SiweMessage
        {
            Domain = client.BaseAddress!.Authority,
            Address = signer.Address,
            Statement = "Sign in to EmissionsDao.",
            Uri = client.BaseAddress.GetLeftPart(UriPartial.Authority),
            ChainId = 31337,
            Nonce = nonce.Nonce,
            IssuedAt = now,
            ExpirationTime = now.AddMinutes(5),
        };
        var text = (change?.Invoke(message) ?? message).ToMessageText();
        return new SiweSignInRequest(text, new EthereumMessageSigner().EncodeUTF8AndSign(text, new EthECKey(signer.PrivateKey)));
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string refusal, string reason)
    {
        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Sign-in refused", problem.GetProperty("title").GetString());
        Assert.Equal(refusal, problem.GetProperty("refusal").GetString());
        Assert.Contains(reason, problem.GetProperty("detail").GetString());
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    private static async Task AssertSignedOutAsync(HttpClient client) =>
        Assert.False((await client.GetFromJsonAsync<SessionResponse>("/auth/session"))!.SignedIn);
}
