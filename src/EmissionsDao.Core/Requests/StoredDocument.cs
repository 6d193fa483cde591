using EmissionsDao.Core.Documents;

namespace EmissionsDao.Core.Requests;

/// <summary>
/// A supporting document of a request, encrypted at rest (<see cref="DocumentEncryptor"/>): ciphertext, nonce and tag,
/// the document key wrapped per recipient, and the plaintext SHA-256 the request anchors on chain.
/// </summary>
public sealed class StoredDocument
{
    public long Id { get; set; }

    public long RequestId { get; set; }

    /// <summary>The message it was attached to; null for the documents sent with the request.</summary>
    public long? MessageId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required byte[] PlaintextSha256 { get; set; }

    public required byte[] CiphertextSha256 { get; set; }

    public required byte[] Ciphertext { get; set; }

    public required byte[] Nonce { get; set; }

    public required byte[] Tag { get; set; }

    public required string UploaderAddress { get; set; }

    public DateTime UploadedUtc { get; set; }

    public List<StoredDocumentRecipient> Recipients { get; set; } = [];

    public string PlaintextHashHex => "0x" + Convert.ToHexStringLower(PlaintextSha256);

    public EncryptedDocument ToEncrypted() => new(
        Ciphertext, Nonce, Tag, PlaintextSha256, CiphertextSha256, ContentType, Size,
        Recipients.Select(r => new DocumentRecipient(r.Address, r.WrappedKey)).ToList());
}

/// <summary>A recipient of a document and the document key wrapped for that address.</summary>
public sealed class StoredDocumentRecipient
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    /// <summary>0x + 40 hex digits, lower case.</summary>
    public required string Address { get; set; }

    public required byte[] WrappedKey { get; set; }
}
