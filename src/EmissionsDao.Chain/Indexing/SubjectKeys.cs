using System.Text;
using Nethereum.Util;

namespace EmissionsDao.Chain.Indexing;

/// <summary>The bytes32 key a subject has on chain: keccak256 of its UTF-8 name, as the portal anchors requests.</summary>
public static class SubjectKeys
{
    /// <summary>A 0x + 64 hex digits key as is (lower case); any other text is a subject name, hashed.</summary>
    public static string Resolve(string subjectKeyOrName)
    {
        var text = subjectKeyOrName.Trim();
        if (text.Length == 66 && text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && text[2..].All(Uri.IsHexDigit))
        {
            return text.ToLowerInvariant();
        }

        return "0x" + Convert.ToHexStringLower(Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(text)));
    }
}
