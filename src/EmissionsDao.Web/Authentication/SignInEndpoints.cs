using System.Security.Claims;
using EmissionsDao.Chain;
using EmissionsDao.Chain.Identity;
using EmissionsDao.Chain.LocalChain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EmissionsDao.Web.Authentication;

public sealed record NonceResponse(string Nonce, DateTimeOffset ExpiresAt);

public sealed record SiweSignInRequest(string Message, string Signature);

/// <summary>What /auth/siwe and /auth/dev/{name} answer once the session cookie is set.</summary>
public sealed record SignedInSession(string Address, long ChainId, string Method, string? DevAccount);

public sealed record SessionResponse(bool SignedIn, string? Address, long? ChainId, string? Method, string? DevAccount);

/// <summary>
/// Sign-in over plain HTTP: Blazor Server components cannot set cookies, so the browser posts here (wallet.js) and
/// reloads. A session is a cookie with the signer's address and the chain id.
/// </summary>
public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/auth").WithTags("Sign-in");
        auth.MapGet("/nonce", IssueNonce)
            .WithSummary("Issues a single-use nonce for an EIP-4361 sign-in message");
        auth.MapPost("/siwe", SignInWithEthereumAsync)
            .WithSummary("Verifies a signed EIP-4361 message and starts a session (cookie)");
        auth.MapPost("/dev/{name}", SignInAsDevAccountAsync)
            .WithSummary("Signs in as a published dev account, signed on the server; embedded dev chain (31337) only");
        auth.MapPost("/signout", (Delegate)SignOutAsync)
            .WithSummary("Ends the session");
        auth.MapGet("/session", CurrentSession)
            .WithSummary("The signed-in address and chain, if any");
        return endpoints;
    }

    internal static Results<Ok<NonceResponse>, ProblemHttpResult> IssueNonce(SiweChallengeIssuer challenges, HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        try
        {
            var nonce = challenges.IssueNonce();
            return TypedResults.Ok(new NonceResponse(nonce.Value, nonce.ExpiresAt));
        }
        catch (SiweNonceCapacityException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Sign-in is busy");
        }
    }

    internal static async Task<Results<Ok<SignedInSession>, ProblemHttpResult>> SignInWithEthereumAsync(
        SiweSignInRequest request, SiweVerifier verifier, ISignInChain chain, HttpContext http)
    {
        var verification = verifier.Verify(request.Message, request.Signature, ExpectationsFor(http.Request, chain));
        if (!verification.IsAccepted)
        {
            return Refused(verification);
        }

        return TypedResults.Ok(await StartSessionAsync(http, verification.Address, chain.ChainId, SignInMethods.Siwe, devAccount: null));
    }

    internal static async Task<Results<Ok<SignedInSession>, ProblemHttpResult>> SignInAsDevAccountAsync(
        string name, DevAccountSigner devSigner, SiweVerifier verifier, ISignInChain chain, HttpContext http)
    {
        if (!chain.AllowsDevAccounts)
        {
            return TypedResults.Problem(
                $"Dev accounts can sign in only on the portal's embedded dev chain (chain id {ChainOptions.DevChainId}); this portal runs on chain {chain.ChainId}. Sign in with a wallet.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Dev-account sign-in is disabled on this chain");
        }

        var account = DevAccounts.All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
        if (account is null)
        {
            return TypedResults.Problem(
                $"There is no dev account named '{name}'. The dev accounts are: {string.Join(", ", DevAccounts.All.Select(a => a.Name))}.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown dev account");
        }

        var origin = OriginOf(http.Request);
        var signed = devSigner.Sign(account, origin);
        var verification = verifier.Verify(signed.Message, signed.Signature, ExpectationsFor(http.Request, chain));
        if (!verification.IsAccepted)
        {
            return Refused(verification);
        }

        return TypedResults.Ok(await StartSessionAsync(http, verification.Address, chain.ChainId, SignInMethods.DevAccount, account.Name));
    }

    internal static async Task<NoContent> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    internal static Ok<SessionResponse> CurrentSession(ClaimsPrincipal user)
    {
        if (PortalClaimTypes.AddressOf(user) is not { } address)
        {
            return TypedResults.Ok(new SessionResponse(false, null, null, null, null));
        }

        return TypedResults.Ok(new SessionResponse(
            true,
            address,
            long.TryParse(user.FindFirst(PortalClaimTypes.ChainId)?.Value, out var chainId) ? chainId : null,
            user.FindFirst(PortalClaimTypes.SignInMethod)?.Value,
            user.FindFirst(PortalClaimTypes.DevAccount)?.Value));
    }

    /// <summary>The portal as the browser reached it: the message must name this host, port and scheme.</summary>
    public static Uri OriginOf(HttpRequest request) => new($"{request.Scheme}://{request.Host.Value}");

    private static SiweExpectations ExpectationsFor(HttpRequest request, ISignInChain chain) =>
        SiweChallengeIssuer.ExpectationsFor(OriginOf(request), chain.ChainId);

    private static async Task<SignedInSession> StartSessionAsync(HttpContext http, string address, long chainId, string method, string? devAccount)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, address),
            new(PortalClaimTypes.Address, address),
            new(PortalClaimTypes.ChainId, chainId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(PortalClaimTypes.SignInMethod, method),
        ];
        if (devAccount is not null)
        {
            claims.Add(new Claim(PortalClaimTypes.DevAccount, devAccount));
        }

        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, PortalClaimTypes.Address, ClaimTypes.Role);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return new SignedInSession(address, chainId, method, devAccount);
    }

    private static ProblemHttpResult Refused(SiweVerification verification) =>
        TypedResults.Problem(
            verification.Reason,
            statusCode: verification.Refusal is SiweRefusal.MalformedMessage or SiweRefusal.MalformedSignature
                ? StatusCodes.Status400BadRequest
                : StatusCodes.Status401Unauthorized,
            title: "Sign-in refused",
            extensions: new Dictionary<string, object?> { ["refusal"] = verification.Refusal.ToString() });
}
