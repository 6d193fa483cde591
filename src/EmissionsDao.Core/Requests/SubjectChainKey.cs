using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using EmissionsDao.Core.Data;

namespace EmissionsDao.Core.Requests;

/// <summary>
/// The bytes32 key a subject has on chain — the one the portal signs into every audit request, so the one every
/// emissions record of the subject carries: SHA-256 of "owner address (lower case)/subject key (trimmed)". The owner
/// is part of it so that two owners' subjects with the same key (say "business travel") never share a record index,
/// and one owner's records never block another's periods. The portal and the public API both use this one definition.
/// </summary>
public static class SubjectChainKey
{
    public static byte[] Of(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return Of(subject.OwnerAddress, subject.Key);
    }

    public static byte[] Of(string ownerAddress, string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return SHA256.HashData(Encoding.UTF8.GetBytes($"{SubjectStore.NormaliseAddress(ownerAddress)}/{key.Trim()}"));
    }

    /// <summary>The key as the chain index and the API write it: 0x + 64 lower-case hex digits.</summary>
    public static string Hex(string ownerAddress, string key) => "0x" + Convert.ToHexStringLower(Of(ownerAddress, key));

    /// <summary>
    /// Reads how a caller names a subject: its bytes32 key (0x + 64 hex digits), or "owner address/subject key" (the
    /// owner's wallet address, a slash, then the key the owner gave the subject, which may itself contain slashes).
    /// </summary>
    public static bool TryResolve(string keyOrOwnerAndKey, [NotNullWhen(true)] out string? key, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(keyOrOwnerAndKey);
        var text = keyOrOwnerAndKey.Trim();
        key = null;
        problem = null;
        if (text.Length == 66 && IsHex(text))
        {
            key = text.ToLowerInvariant();
            return true;
        }

        if (text.Length > 43 && text[42] == '/' && IsHex(text[..42]) && !string.IsNullOrWhiteSpace(text[43..]))
        {
            key = Hex(text[..42], text[43..]);
            return true;
        }

        problem = $"'{keyOrOwnerAndKey}' names no subject: give the subject's bytes32 key (0x followed by 64 hex digits) "
            + "or its owner's address, a slash and the owner's key for it (e.g. 0x70997970c51812dc3a010c7d01b50e0d17dc79c8/utility 123 / account 456); "
            + "a subject's key alone is not enough, as two owners may use the same one.";
        return false;
    }

    private static bool IsHex(string text) => text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && text.Length > 2 && text[2..].All(Uri.IsHexDigit);
}
