using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Nethereum.Signer;

namespace EmissionsDao.Chain.Identity;

/// <summary>What a sign-in message must say to be accepted by this portal.</summary>
/// <param name="Domain">The portal's authority (host[:port]) as the browser reached it.</param>
/// <param name="Origin">The portal's origin (scheme://host[:port]); the message's URI must have the same.</param>
/// <param name="ChainId">The chain the portal is connected to.</param>
public sealed record SiweExpectations(string Domain, Uri Origin, long ChainId);

public enum SiweRefusal
{
    MalformedMessage,
    MalformedSignature,
    SignerMismatch,
    WrongDomain,
    WrongUri,
    WrongChain,
    UnknownNonce,
    NonceAlreadyUsed,
    NonceExpired,
    IssuedInTheFuture,
    Expired,
    NotYetValid,
}

/// <summary>The outcome of a verification: the accepted message, or the refusal and a reason a user can act on.</summary>
public sealed record SiweVerification(SiweMessage? Message, SiweRefusal? Refusal, string? Reason)
{
    public bool IsAccepted => Refusal is null;

    /// <summary>The signer's EIP-55 address; only for an accepted message.</summary>
    public string Address => Message?.Address ?? throw new InvalidOperationException("The sign-in was refused: there is no signer.");

    public static SiweVerification Accepted(SiweMessage message) => new(message, null, null);

    public static SiweVerification Refused(SiweRefusal refusal, string reason) => new(null, refusal, reason);
}

/// <summary>
/// Verifies a signed EIP-4361 message (personal_sign, externally owned accounts only: EIP-1271 contract wallets are
/// not supported). The nonce is redeemed last, so that only an otherwise valid sign-in uses it up.
/// </summary>
public sealed partial class SiweVerifier(ISiweNonceStore nonces, TimeProvider time, IOptions<SiweOptions> options)
{
    private readonly EthereumMessageSigner _signer = new();

    public SiweVerification Verify(string messageText, string signature, SiweExpectations expected)
    {
        if (!SiweMessage.TryParse(messageText ?? "", out var message, out var problem))
        {
            return SiweVerification.Refused(SiweRefusal.MalformedMessage, problem!);
        }

        if (signature is null || !SignaturePattern().IsMatch(signature))
        {
            return SiweVerification.Refused(SiweRefusal.MalformedSignature, "The signature must be 65 bytes of 0x-prefixed hex (r, s, v) from personal_sign.");
        }

        string recovered;
        try
        {
            recovered = _signer.EncodeUTF8AndEcRecover(messageText, signature);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException or Org.BouncyCastle.Crypto.CryptoException)
        {
            return SiweVerification.Refused(SiweRefusal.MalformedSignature, $"No signer can be recovered from the signature ({exception.Message}).");
        }

        if (!string.Equals(recovered, message!.Address, StringComparison.OrdinalIgnoreCase))
        {
            return SiweVerification.Refused(
                SiweRefusal.SignerMismatch,
                $"The message is for {message.Address} but was signed by {SiweMessage.ToChecksumAddress(recovered) ?? recovered}: sign it with the account it names.");
        }

        if (!string.Equals(message.Domain, expected.Domain, StringComparison.OrdinalIgnoreCase))
        {
            return SiweVerification.Refused(SiweRefusal.WrongDomain, $"The message asks to sign in to {message.Domain}, but this portal is {expected.Domain}.");
        }

        if (!Uri.TryCreate(message.Uri, UriKind.Absolute, out var uri) || !SameOrigin(uri, expected.Origin))
        {
            return SiweVerification.Refused(SiweRefusal.WrongUri, $"The message's URI {message.Uri} is not on this portal's origin {expected.Origin.GetLeftPart(UriPartial.Authority)}.");
        }

        if (message.ChainId != expected.ChainId)
        {
            return SiweVerification.Refused(SiweRefusal.WrongChain, $"The message is for chain {message.ChainId}, but this portal runs on chain {expected.ChainId}: switch your wallet's network.");
        }

        var now = time.GetUtcNow();
        var skew = options.Value.ClockSkew;
        if (message.IssuedAt > now + skew)
        {
            return SiweVerification.Refused(SiweRefusal.IssuedInTheFuture, $"The message is issued at {message.IssuedAt:u}, in the future: check your device's clock.");
        }

        if (message.ExpirationTime is { } expiration && expiration <= now)
        {
            return SiweVerification.Refused(SiweRefusal.Expired, $"The message expired at {expiration:u}: sign in again.");
        }

        if (message.NotBefore is { } notBefore && notBefore > now + skew)
        {
            return SiweVerification.Refused(SiweRefusal.NotYetValid, $"The message is not valid before {notBefore:u}.");
        }

        return nonces.Redeem(message.Nonce) switch
        {
            NonceRedemption.Redeemed => SiweVerification.Accepted(message),
            NonceRedemption.AlreadyUsed => SiweVerification.Refused(SiweRefusal.NonceAlreadyUsed, "This sign-in message was already used: sign in again."),
            NonceRedemption.Expired => SiweVerification.Refused(SiweRefusal.NonceExpired, "The sign-in nonce has expired: sign in again."),
            _ => SiweVerification.Refused(SiweRefusal.UnknownNonce, "The nonce was not issued by this portal (or the portal restarted since): sign in again."),
        };
    }

    private static bool SameOrigin(Uri uri, Uri origin) =>
        string.Equals(uri.Scheme, origin.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Host, origin.Host, StringComparison.OrdinalIgnoreCase)
        && uri.Port == origin.Port;

    [GeneratedRegex("^0x[0-9a-fA-F]{130}$")]
    private static partial Regex SignaturePattern();
}
