using EmissionsDao.Core.Documents;

namespace EmissionsDao.Core.Requests;

/// <summary>A document as the browser sent it, before encryption.</summary>
public sealed record DocumentUpload(string FileName, string ContentType, byte[] Content)
{
    private static readonly Dictionary<string, string> TypesByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = DocumentContentTypes.Pdf,
        [".csv"] = DocumentContentTypes.Csv,
        [".json"] = DocumentContentTypes.Json,
        [".png"] = DocumentContentTypes.Png,
        [".jpg"] = DocumentContentTypes.Jpeg,
        [".jpeg"] = DocumentContentTypes.Jpeg,
        [".xlsx"] = DocumentContentTypes.Xlsx,
    };

    /// <summary>
    /// The media type to store: the browser's when it is an accepted one, else the one the extension names (browsers
    /// send CSV as "application/vnd.ms-excel" or nothing), else the browser's (which the encryptor then refuses clearly).
    /// </summary>
    public static string ContentTypeOf(string fileName, string? browserContentType)
    {
        var mediaType = (browserContentType ?? "").Split(';', 2)[0].Trim().ToLowerInvariant();
        if (DocumentContentTypes.Allowed.ContainsKey(mediaType))
        {
            return mediaType;
        }

        return TypesByExtension.TryGetValue(Path.GetExtension(fileName), out var byExtension) ? byExtension : browserContentType ?? "";
    }
}

/// <summary>A document's description without its content, for lists.</summary>
public sealed record DocumentSummary(
    long Id,
    long RequestId,
    long? MessageId,
    string FileName,
    string ContentType,
    long Size,
    string PlaintextHashHex,
    string UploaderAddress,
    DateTime UploadedUtc);

/// <summary>A decrypted document for a reader who may read it.</summary>
public sealed record DecryptedDocument(DocumentSummary Summary, byte[] Content);
