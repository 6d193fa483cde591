using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace EmissionsDao.Core.Documents;

/// <summary>
/// Encrypts requesters' documents for the requester and the drawn auditors.
/// <para>
/// Each document gets a fresh random AES-256-GCM key and nonce; the content type is authenticated with it. The
/// document key is never stored: it is wrapped (AES-256-GCM) once per recipient, under a key derived with HKDF-SHA256
/// from the portal's master key (KEK) and the recipient's lowercase address, with the address and the ciphertext hash
/// as associated data (a wrapped key moved to another recipient or document does not open).
/// </para>
/// <para>
/// The portal holds the master key, so this is access control enforced by the portal (the reader must be signed in as
/// a recipient), not end-to-end encryption: it keeps the stored documents unreadable without the master key, and
/// keeps one recipient's key from opening what was not shared with that recipient.
/// </para>
/// </summary>
public sealed partial class DocumentEncryptor
{
    public const int MasterKeySize = 32;

    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int WrappedKeySize = NonceSize + KeySize + TagSize;
    private static readonly byte[] WrapSalt = "EmissionsDao/document-key-wrap/v1"u8.ToArray();

    private readonly byte[] _masterKey;

    public DocumentEncryptor(byte[] masterKey, long maxSizeBytes = DocumentEncryptionOptions.DefaultMaxSizeBytes)
    {
        if (masterKey is not { Length: MasterKeySize })
        {
            throw new ArgumentException($"The document master key must be {MasterKeySize} bytes", nameof(masterKey));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSizeBytes);
        _masterKey = masterKey.ToArray();
        MaxSizeBytes = maxSizeBytes;
    }

    public long MaxSizeBytes { get; }

    /// <summary>Encrypts a document for its first recipients (e.g. the requester).</summary>
    /// <exception cref="DocumentRejectedException">Empty, too large, a type not accepted, or content not of that type.</exception>
    public EncryptedDocument Encrypt(ReadOnlySpan<byte> content, string contentType, IEnumerable<string> recipients)
    {
        var mediaType = Validate(content, contentType);
        var addresses = recipients.Select(NormalizeAddress).Distinct(StringComparer.Ordinal).ToList();
        if (addresses.Count == 0)
        {
            throw new ArgumentException("A document needs at least one recipient", nameof(recipients));
        }

        var documentKey = RandomNumberGenerator.GetBytes(KeySize);
        try
        {
            var nonce = RandomNumberGenerator.GetBytes(NonceSize);
            var ciphertext = new byte[content.Length];
            var tag = new byte[TagSize];
            using (var aes = new AesGcm(documentKey, TagSize))
            {
                aes.Encrypt(nonce, content, ciphertext, tag, Encoding.UTF8.GetBytes(mediaType));
            }

            var ciphertextHash = SHA256.HashData(ciphertext);
            return new EncryptedDocument(
                ciphertext,
                nonce,
                tag,
                SHA256.HashData(content),
                ciphertextHash,
                mediaType,
                content.Length,
                addresses.Select(address => new DocumentRecipient(address, Wrap(documentKey, address, ciphertextHash))).ToList());
        }
        finally
        {
            CryptographicOperations.ZeroMemory(documentKey);
        }
    }

    /// <summary>Checks a document as <see cref="Encrypt"/> will, without encrypting it; returns its media type.</summary>
    /// <exception cref="DocumentRejectedException">Empty, too large, a type not accepted, or content not of that type.</exception>
    public string Validate(ReadOnlySpan<byte> content, string contentType)
    {
        var mediaType = DocumentContentTypes.Normalize(contentType);
        if (content.IsEmpty)
        {
            throw new DocumentRejectedException("The document is empty.");
        }

        EnsureSizeAllowed(content.Length);
        DocumentContentTypes.EnsureContentMatches(mediaType, content);
        return mediaType;
    }

    /// <summary>Refuses a document of <paramref name="sizeBytes"/> over the limit, e.g. before reading it from the browser.</summary>
    /// <exception cref="DocumentRejectedException">Larger than <see cref="MaxSizeBytes"/>.</exception>
    public void EnsureSizeAllowed(long sizeBytes)
    {
        if (sizeBytes > MaxSizeBytes)
        {
            throw new DocumentRejectedException(
                $"The document is {FormatSize(sizeBytes)} ({sizeBytes:N0} bytes); the limit is {FormatSize(MaxSizeBytes)} ({MaxSizeBytes:N0} bytes).");
        }
    }

    /// <summary>Shares a document with one more address (e.g. an auditor just drawn); unchanged if already shared.</summary>
    public EncryptedDocument AddRecipient(EncryptedDocument document, string address)
    {
        var recipient = NormalizeAddress(address);
        if (document.IsRecipient(recipient))
        {
            return document;
        }

        var documentKey = UnwrapDocumentKey(document, document.Recipients.FirstOrDefault()?.Address
            ?? throw new DocumentIntegrityException("The document has no recipient, so its key cannot be recovered."));
        try
        {
            return document with
            {
                Recipients = [.. document.Recipients, new DocumentRecipient(recipient, Wrap(documentKey, recipient, document.CiphertextSha256))],
            };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(documentKey);
        }
    }

    /// <summary>The plaintext, for a recipient of the document.</summary>
    /// <exception cref="DocumentAccessDeniedException">The reader is not a recipient.</exception>
    /// <exception cref="DocumentIntegrityException">Ciphertext, tag, wrapped key or metadata were altered.</exception>
    public byte[] Decrypt(EncryptedDocument document, string readerAddress)
    {
        var documentKey = UnwrapDocumentKey(document, readerAddress);
        try
        {
            if (document.Nonce is not { Length: NonceSize } || document.Tag is not { Length: TagSize })
            {
                throw new DocumentIntegrityException("The document's nonce or tag has the wrong length: the stored record was altered.");
            }

            var plaintext = new byte[document.Ciphertext.Length];
            using (var aes = new AesGcm(documentKey, TagSize))
            {
                aes.Decrypt(document.Nonce, document.Ciphertext, document.Tag, plaintext, Encoding.UTF8.GetBytes(document.ContentType));
            }

            if (plaintext.LongLength != document.Size || !SHA256.HashData(plaintext).AsSpan().SequenceEqual(document.PlaintextSha256))
            {
                throw new DocumentIntegrityException("The decrypted document does not match its recorded size and SHA-256: the stored record was altered.");
            }

            return plaintext;
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new DocumentIntegrityException("The document does not decrypt: its ciphertext, tag, nonce or content type was altered.", exception);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(documentKey);
        }
    }

    internal byte[] UnwrapDocumentKey(EncryptedDocument document, string readerAddress)
    {
        var reader = NormalizeAddress(readerAddress);
        var recipient = document.Recipients.FirstOrDefault(r => string.Equals(r.Address, reader, StringComparison.Ordinal))
            ?? throw new DocumentAccessDeniedException(readerAddress);
        if (!SHA256.HashData(document.Ciphertext).AsSpan().SequenceEqual(document.CiphertextSha256))
        {
            throw new DocumentIntegrityException("The document's ciphertext does not match its recorded SHA-256: the stored record was altered.");
        }

        if (recipient.WrappedKey is not { Length: WrappedKeySize })
        {
            throw new DocumentIntegrityException($"The key wrapped for {reader} has the wrong length: the stored record was altered.");
        }

        var wrapped = recipient.WrappedKey.AsSpan();
        var documentKey = new byte[KeySize];
        var recipientKey = DeriveRecipientKey(reader);
        try
        {
            using var aes = new AesGcm(recipientKey, TagSize);
            aes.Decrypt(wrapped[..NonceSize], wrapped[NonceSize..^TagSize], wrapped[^TagSize..], documentKey, WrapAssociatedData(reader, document.CiphertextSha256));
            return documentKey;
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new DocumentIntegrityException(
                $"The key wrapped for {reader} does not open: it was altered, belongs to another document, or the portal's master key changed.", exception);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(recipientKey);
        }
    }

    private byte[] Wrap(byte[] documentKey, string recipient, byte[] ciphertextHash)
    {
        var wrapped = new byte[WrappedKeySize];
        var span = wrapped.AsSpan();
        RandomNumberGenerator.Fill(span[..NonceSize]);
        var recipientKey = DeriveRecipientKey(recipient);
        try
        {
            using var aes = new AesGcm(recipientKey, TagSize);
            aes.Encrypt(span[..NonceSize], documentKey, span[NonceSize..^TagSize], span[^TagSize..], WrapAssociatedData(recipient, ciphertextHash));
            return wrapped;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(recipientKey);
        }
    }

    private byte[] DeriveRecipientKey(string recipient) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _masterKey, KeySize, WrapSalt, Encoding.UTF8.GetBytes(recipient));

    private static byte[] WrapAssociatedData(string recipient, byte[] ciphertextHash) => [.. Encoding.UTF8.GetBytes(recipient), .. ciphertextHash];

    private static string NormalizeAddress(string address) =>
        address is not null && AddressPattern().IsMatch(address)
            ? address.ToLowerInvariant()
            : throw new ArgumentException($"'{address}' is not a 0x-prefixed 20-byte hex address", nameof(address));

    private static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / 1024d / 1024d:0.##} MB" : bytes >= 1024 ? $"{bytes / 1024d:0.#} KB" : $"{bytes} bytes";

    [GeneratedRegex("^0x[0-9a-fA-F]{40}$")]
    private static partial Regex AddressPattern();
}
