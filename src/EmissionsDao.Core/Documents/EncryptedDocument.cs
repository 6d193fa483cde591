namespace EmissionsDao.Core.Documents;

/// <summary>
/// A document as the portal stores it: AES-256-GCM ciphertext under a random per-document key, and that key wrapped
/// once per recipient. Nothing in it reveals the document key or the portal's master key.
/// </summary>
/// <param name="Ciphertext">The document encrypted with AES-256-GCM (same length as the plaintext).</param>
/// <param name="Nonce">The 12-byte GCM nonce, random per document.</param>
/// <param name="Tag">The 16-byte GCM authentication tag; the content type is authenticated with it.</param>
/// <param name="PlaintextSha256">
/// SHA-256 of the plaintext: the hash an audit request anchors on chain (bytes32) for this document, so that anyone
/// given the document later can check it is the one the audit saw. For a short, guessable document the hash lets a
/// guess be confirmed; the documents are bills and exports, not secrets of a few bytes.
/// </param>
/// <param name="CiphertextSha256">SHA-256 of <paramref name="Ciphertext"/>: identifies the stored blob (and a future IPFS copy).</param>
/// <param name="ContentType">The media type, one of <see cref="DocumentContentTypes.Allowed"/>.</param>
/// <param name="Size">Plaintext length in bytes.</param>
/// <param name="Recipients">Who may decrypt: each with the document key wrapped for that address.</param>
public sealed record EncryptedDocument(
    byte[] Ciphertext,
    byte[] Nonce,
    byte[] Tag,
    byte[] PlaintextSha256,
    byte[] CiphertextSha256,
    string ContentType,
    long Size,
    IReadOnlyList<DocumentRecipient> Recipients)
{
    /// <summary>0x-prefixed lowercase hex of <see cref="PlaintextSha256"/>, as it appears on chain.</summary>
    public string PlaintextHashHex => "0x" + Convert.ToHexStringLower(PlaintextSha256);

    public bool IsRecipient(string address) => Recipients.Any(r => string.Equals(r.Address, address, StringComparison.OrdinalIgnoreCase));
}

/// <param name="Address">The recipient's address, lowercase 0x-hex.</param>
/// <param name="WrappedKey">
/// The document key under AES-256-GCM with a key derived for this address: 12-byte nonce, 32-byte encrypted key, 16-byte tag.
/// </param>
public sealed record DocumentRecipient(string Address, byte[] WrappedKey);
