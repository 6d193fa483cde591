using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EmissionsDao.Core.Documents;

namespace EmissionsDao.Core.Tests.Documents;

public sealed class DocumentEncryptorTests
{
    private const string Requester = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private const string Auditor = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
    private const string LateAuditor = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
    private const string Outsider = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";

    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("date,kwh\n2026-01-31,1200\n2026-02-28,1100\n");

    private readonly byte[] _masterKey = RandomNumberGenerator.GetBytes(32);
    private readonly DocumentEncryptor _encryptor;

    public DocumentEncryptorTests() => _encryptor = new DocumentEncryptor(_masterKey);

    [Fact]
    public void Round_trip_for_every_recipient_in_any_letter_case()
    {
        var document = _encryptor.Encrypt(Csv, "text/csv; charset=utf-8", [Requester, Auditor.ToLowerInvariant()]);

        Assert.Equal(Csv, _encryptor.Decrypt(document, Requester));
        Assert.Equal(Csv, _encryptor.Decrypt(document, Auditor.ToUpperInvariant().Replace("0X", "0x")));
        Assert.Equal("text/csv", document.ContentType);
        Assert.Equal(Csv.Length, document.Size);
        Assert.Equal(SHA256.HashData(Csv), document.PlaintextSha256);
        Assert.Equal("0x" + Convert.ToHexStringLower(SHA256.HashData(Csv)), document.PlaintextHashHex);
        Assert.Equal(SHA256.HashData(document.Ciphertext), document.CiphertextSha256);
        Assert.Equal([Requester.ToLowerInvariant(), Auditor.ToLowerInvariant()], document.Recipients.Select(r => r.Address));
        Assert.NotEqual(Csv, document.Ciphertext);
    }

    [Fact]
    public void Each_document_gets_its_own_key_and_nonce()
    {
        var first = _encryptor.Encrypt(Csv, DocumentContentTypes.Csv, [Requester]);
        var second = _encryptor.Encrypt(Csv, DocumentContentTypes.Csv, [Requester]);

        Assert.NotEqual(first.Nonce, second.Nonce);
        Assert.NotEqual(first.Ciphertext, second.Ciphertext);
        Assert.NotEqual(_encryptor.UnwrapDocumentKey(first, Requester), _encryptor.UnwrapDocumentKey(second, Requester));
        Assert.Equal(first.PlaintextSha256, second.PlaintextSha256);
    }

    [Fact]
    public void Non_recipients_are_denied()
    {
        var document = _encryptor.Encrypt(Csv, DocumentContentTypes.Csv, [Requester, Auditor]);

        var denied = Assert.Throws<DocumentAccessDeniedException>(() => _encryptor.Decrypt(document, Outsider));

        Assert.Contains($"{Outsider} may not read this document", denied.Message);
        Assert.Throws<DocumentAccessDeniedException>(() => _encryptor.Decrypt(document, LateAuditor));
    }

    [Fact]
    public void A_drawn_auditor_is_added_without_re_encrypting()
    {
        var document = _encryptor.Encrypt(Csv, DocumentContentTypes.Csv, [Requester]);

        var shared = _encryptor.AddRecipient(document, LateAuditor);

        Assert.Equal(Csv, _encryptor.Decrypt(shared, LateAuditor));
        Assert.Same(document.Ciphertext, shared.Ciphertext);
        Assert.Same(shared, _encryptor.AddRecipient(shared, LateAuditor.ToLowerInvariant()));
        Assert.Throws<DocumentAccessDeniedException>(() => _encryptor.Decrypt(document, LateAuditor));
    }

    [Fact]
    public void Another_master_key_cannot_open_the_document()
    {
        var document = _encryptor.Encrypt(Csv, DocumentContentTypes.Csv, [Requester]);

        var exception = Assert.Throws<DocumentIntegrityException>(() => new DocumentEncryptor(RandomNumberGenerator.GetBytes(32)).Decrypt(document, Requester));

        Assert.Contains("master key changed", exception.Message);
    }

    [Fact]
    public void Tampered_ciphertext_is_detected()
    {
        var document = _encryptor.Encrypt(Csv, DocumentContentTypes.Csv, [Requester]);
        var ciphertext = document.Ciphertext.ToArray();
        ciphertext[3] ^= 0x01;

        Assert.Throws<DocumentIntegrityException>(() => _encryptor.Decrypt(document with { Ciphertext = ciphertext }, Requester));
        // Even with the ciphertext hash recomputed to match, GCM's tag refuses it.
        var rehashed = document with { Ciphertext = ciphertext, CiphertextSha256 = SHA256.HashData(ciphertext) };
        Assert.Throws<DocumentIntegrityException>(() => _encryptor.Decrypt(rehashed, Requester));
    }

    [Fact]
    public void Tampered_tag_nonce_content_type_or_plaintext_hash_is_detected()
    {
        var document = _encryptor.Encrypt(Csv, DocumentContentTypes.Csv, [Requester]);

        Assert.Throws<DocumentIntegrityException>(() => _encryptor.Decrypt(document with { Tag = Flip(document.Tag) }, Requester));
        Assert.Throws<DocumentIntegrityException>(() => _encryptor.Decrypt(document with { Nonce = Flip(document.Nonce) }, Requester));
        Assert.Throws<DocumentIntegrityException>(() => _encryptor.Decrypt(document with { ContentType = DocumentContentTypes.Json }, Requester));
        Assert.Throws<DocumentIntegrityException>(() => _encryptor.Decrypt(document with { PlaintextSha256 = Flip(document.PlaintextSha256) }, Requester));
        Assert.Throws<DocumentIntegrityException>(() => _encryptor.Decrypt(document with { Tag = document.Tag[..8] }, Requester));
    }

    [Fact]
    public void Tampered_or_swapped_wrapped_keys_are_detected()
    {
        var document = _encryptor.Encrypt(Csv, DocumentContentTypes.Csv, [Requester, Auditor]);
        var other = _encryptor.Encrypt(Csv, DocumentContentTypes.Csv, [Requester, Auditor]);
        var requesterKey = document.Recipients[0].WrappedKey;

        var flipped = document with { Recipients = [new DocumentRecipient(document.Recipients[0].Address, Flip(requesterKey)), document.Recipients[1]] };
        var keyOfTheAuditor = document with { Recipients = [new DocumentRecipient(document.Recipients[0].Address, document.Recipients[1].WrappedKey)] };
        var keyFromAnotherDocument = document with { Recipients = [new DocumentRecipient(document.Recipients[0].Address, other.Recipients[0].WrappedKey)] };
        var truncated = document with { Recipients = [new DocumentRecipient(document.Recipients[0].Address, requesterKey[..40])] };

        Assert.Throws<DocumentIntegrityException>(() => _encryptor.Decrypt(flipped, Requester));
        Assert.Equal(Csv, _encryptor.Decrypt(flipped, Auditor));
        Assert.Throws<DocumentIntegrityException>(() => _encryptor.Decrypt(keyOfTheAuditor, Requester));
        Assert.Throws<DocumentIntegrityException>(() => _encryptor.Decrypt(keyFromAnotherDocument, Requester));
        Assert.Throws<DocumentIntegrityException>(() => _encryptor.Decrypt(truncated, Requester));
    }

    [Fact]
    public void Neither_the_document_key_nor_the_master_key_appears_in_the_serialized_record()
    {
        var document = _encryptor.Encrypt(Csv, DocumentContentTypes.Csv, [Requester, Auditor]);
        var documentKey = _encryptor.UnwrapDocumentKey(document, Requester);

        var json = JsonSerializer.Serialize(document);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document);

        foreach (var secret in new[] { documentKey, _masterKey })
        {
            Assert.DoesNotContain(Convert.ToBase64String(secret), json);
            Assert.DoesNotContain(Convert.ToHexString(secret), json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Convert.ToBase64String(secret[..12]), json);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(secret));
            Assert.Equal(-1, document.Recipients.SelectMany(r => r.WrappedKey).ToArray().AsSpan().IndexOf(secret));
        }

        var restored = JsonSerializer.Deserialize<EncryptedDocument>(json)!;
        Assert.Equal(Csv, _encryptor.Decrypt(restored, Auditor));
    }

    [Theory]
    [InlineData("text/html", "not accepted: attach PDF, CSV, JSON, PNG, JPEG, XLSX")]
    [InlineData("application/octet-stream", "not accepted")]
    [InlineData("", "not accepted")]
    public void Content_types_outside_the_list_are_rejected(string contentType, string reason)
    {
        var exception = Assert.Throws<DocumentRejectedException>(() => _encryptor.Encrypt(Csv, contentType, [Requester]));

        Assert.Contains(reason, exception.Message);
    }

    [Theory]
    [InlineData(DocumentContentTypes.Pdf, new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 })]
    [InlineData(DocumentContentTypes.Png, new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 })]
    [InlineData(DocumentContentTypes.Jpeg, new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0 })]
    [InlineData(DocumentContentTypes.Xlsx, new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0 })]
    [InlineData("APPLICATION/JSON", new byte[] { 0xEF, 0xBB, 0xBF, 0x7B, 0x22, 0x61, 0x22, 0x3A, 0x31, 0x7D })]
    public void Every_accepted_type_round_trips(string contentType, byte[] content)
    {
        var document = _encryptor.Encrypt(content, contentType, [Requester]);

        Assert.Equal(content, _encryptor.Decrypt(document, Requester));
    }

    [Theory]
    [InlineData(DocumentContentTypes.Pdf, "date,kwh\n")]
    [InlineData(DocumentContentTypes.Png, "%PDF-1.7")]
    [InlineData(DocumentContentTypes.Json, "{\"unterminated\": ")]
    [InlineData(DocumentContentTypes.Xlsx, "date,kwh\n")]
    public void Content_that_is_not_what_its_type_says_is_rejected(string contentType, string content)
    {
        var exception = Assert.Throws<DocumentRejectedException>(() => _encryptor.Encrypt(Encoding.UTF8.GetBytes(content), contentType, [Requester]));

        Assert.Contains($"not a valid {DocumentContentTypes.Allowed[contentType]} file", exception.Message);
    }

    [Fact]
    public void Binary_content_sent_as_csv_is_rejected()
    {
        Assert.Throws<DocumentRejectedException>(() => _encryptor.Encrypt([0x4D, 0x5A, 0x90, 0x00], DocumentContentTypes.Csv, [Requester]));
        Assert.Throws<DocumentRejectedException>(() => _encryptor.Encrypt([0xC3, 0x28], DocumentContentTypes.Csv, [Requester]));
    }

    [Fact]
    public void Size_limits_are_enforced_with_a_clear_message()
    {
        var small = new DocumentEncryptor(_masterKey, maxSizeBytes: 2 * 1024 * 1024);
        var tooLarge = Encoding.UTF8.GetBytes(new string('1', 2 * 1024 * 1024 + 1));

        var exception = Assert.Throws<DocumentRejectedException>(() => small.Encrypt(tooLarge, DocumentContentTypes.Csv, [Requester]));
        Assert.Equal("The document is 2 MB (2,097,153 bytes); the limit is 2 MB (2,097,152 bytes).", exception.Message);
        Assert.NotNull(small.Encrypt(tooLarge[..(2 * 1024 * 1024)], DocumentContentTypes.Csv, [Requester]));
        Assert.Equal("The document is empty.", Assert.Throws<DocumentRejectedException>(() => small.Encrypt([], DocumentContentTypes.Csv, [Requester])).Message);
        Assert.Equal(20L * 1024 * 1024, _encryptor.MaxSizeBytes);
    }

    [Fact]
    public void Recipients_must_be_addresses_and_there_must_be_one()
    {
        Assert.Throws<ArgumentException>(() => _encryptor.Encrypt(Csv, DocumentContentTypes.Csv, []));
        Assert.Throws<ArgumentException>(() => _encryptor.Encrypt(Csv, DocumentContentTypes.Csv, ["alice.eth"]));
        Assert.Throws<ArgumentException>(() => _encryptor.Decrypt(_encryptor.Encrypt(Csv, DocumentContentTypes.Csv, [Requester]), "0x1234"));
        Assert.Throws<ArgumentException>(() => new DocumentEncryptor(new byte[16]));
    }

    private static byte[] Flip(byte[] bytes)
    {
        var copy = bytes.ToArray();
        copy[0] ^= 0x80;
        return copy;
    }
}
