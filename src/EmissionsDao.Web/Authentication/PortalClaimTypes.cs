using System.Security.Claims;

namespace EmissionsDao.Web.Authentication;

/// <summary>The claims of a portal session. Roles (auditor, reviewer) come later, from the chain.</summary>
public static class PortalClaimTypes
{
    /// <summary>The EIP-55 address that signed in; also the identity's name.</summary>
    public const string Address = "eth_address";

    /// <summary>The chain the session is bound to; a session from another chain is rejected.</summary>
    public const string ChainId = "eth_chain_id";

    /// <summary>"siwe" (a wallet signed) or "dev-account" (the server signed with a published dev key).</summary>
    public const string SignInMethod = "sign_in_method";

    public const string DevAccount = "dev_account";

    public static string? AddressOf(ClaimsPrincipal user) => user.FindFirst(Address)?.Value;
}

public static class SignInMethods
{
    public const string Siwe = "siwe";
    public const string DevAccount = "dev-account";
}

public static class AddressFormat
{
    /// <summary>"0x7099…79C8": enough to recognise an address, short enough for an app bar.</summary>
    public static string Shorten(string? address) =>
        address is { Length: > 12 } ? $"{address[..6]}…{address[^4..]}" : address ?? "";
}
