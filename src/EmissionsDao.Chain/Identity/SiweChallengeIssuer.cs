using Microsoft.Extensions.Options;

namespace EmissionsDao.Chain.Identity;

/// <summary>Builds the sign-in message the portal asks a wallet to sign, with a fresh nonce.</summary>
public sealed class SiweChallengeIssuer(ISiweNonceStore nonces, TimeProvider time, IOptions<SiweOptions> options)
{
    public SiweNonce IssueNonce() => nonces.Issue();

    /// <param name="address">The account signing in, in any letter case.</param>
    /// <param name="portalOrigin">The portal's origin as the browser reached it (scheme://host[:port]).</param>
    /// <param name="chainId">The chain the portal is connected to.</param>
    public SiweMessage CreateMessage(string address, Uri portalOrigin, long chainId)
    {
        var checksummed = SiweMessage.ToChecksumAddress(address)
            ?? throw new ArgumentException($"\"{address}\" is not a 0x-prefixed 20-byte hex address", nameof(address));
        var nonce = nonces.Issue();
        var issuedAt = time.GetUtcNow();
        return new SiweMessage
        {
            Domain = portalOrigin.Authority,
            Address = checksummed,
            Statement = options.Value.Statement,
            Uri = portalOrigin.GetLeftPart(UriPartial.Authority),
            ChainId = chainId,
            Nonce = nonce.Value,
            IssuedAt = issuedAt,
            ExpirationTime = issuedAt + options.Value.MessageLifetime,
        };
    }

    public static SiweExpectations ExpectationsFor(Uri portalOrigin, long chainId) => new(portalOrigin.Authority, portalOrigin, chainId);
}
