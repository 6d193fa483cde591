using System.Security.Cryptography;
using System.Text;
using EmissionsDao.Core.Data;

namespace EmissionsDao.Core.Requests;

/// <summary>
/// The bytes32 key a subject has on chain: SHA-256 of "owner address (lower case) / subject key", so that two owners'
/// subjects with the same key never share a record index.
/// </summary>
public static class SubjectChainKey
{
    public static byte[] Of(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return Of(subject.OwnerAddress, subject.Key);
    }

    public static byte[] Of(string ownerAddress, string key) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{SubjectStore.NormaliseAddress(ownerAddress)}/{key.Trim()}"));
}
