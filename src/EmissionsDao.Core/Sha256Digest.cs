using System.Security.Cryptography;
using System.Text;

namespace EmissionsDao.Core;

/// <summary>A SHA-256 digest: 32 bytes, written as 0x-prefixed lower-case hex (the form a bytes32 takes on chain).</summary>
public sealed class Sha256Digest : IEquatable<Sha256Digest>
{
    public const int Length = 32;

    private readonly byte[] _bytes;

    private Sha256Digest(byte[] bytes) => _bytes = bytes;

    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>0x followed by 64 lower-case hex digits.</summary>
    public string Hex => "0x" + Convert.ToHexStringLower(_bytes);

    public byte[] ToArray() => (byte[])_bytes.Clone();

    public static Sha256Digest FromBytes(ReadOnlySpan<byte> bytes) =>
        bytes.Length == Length
            ? new Sha256Digest(bytes.ToArray())
            : throw new ArgumentException($"A SHA-256 digest has {Length} bytes, not {bytes.Length}.", nameof(bytes));

    public static Sha256Digest FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex[2..] : hex;
        return FromBytes(Convert.FromHexString(digits));
    }

    public static Sha256Digest Of(ReadOnlySpan<byte> content) => new(SHA256.HashData(content));

    /// <summary>Hashes the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static Sha256Digest OfUtf8(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Hashes lines sorted by their UTF-8 bytes (as <c>LC_ALL=C sort</c> orders them), each followed by '\n', so that
    /// the order in which they were produced does not matter.
    /// </summary>
    public static Sha256Digest OfSortedLines(IEnumerable<string> lines)
    {
        var encoded = lines.Select(line => line.Contains('\n')
            ? throw new ArgumentException("A canonical line must not contain a line break.", nameof(lines))
            : Encoding.UTF8.GetBytes(line)).ToArray();
        Array.Sort(encoded, static (a, b) => a.AsSpan().SequenceCompareTo(b));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in encoded)
        {
            hash.AppendData(line);
            hash.AppendData("\n"u8);
        }

        return new Sha256Digest(hash.GetHashAndReset());
    }

    public bool Equals(Sha256Digest? other) => other is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

    public override bool Equals(object? obj) => Equals(obj as Sha256Digest);

    public override int GetHashCode() => BitConverter.ToInt32(_bytes, 0);

    public override string ToString() => Hex;
}
