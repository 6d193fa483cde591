using System.Text;
using System.Text.Json;

namespace EmissionsDao.Core.Documents;

/// <summary>The kinds of evidence a requester can attach, and a check that the bytes are what the type claims.</summary>
public static class DocumentContentTypes
{
    public const string Pdf = "application/pdf";
    public const string Csv = "text/csv";
    public const string Json = "application/json";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly IReadOnlyDictionary<string, string> Allowed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Pdf] = "PDF",
        [Csv] = "CSV",
        [Json] = "JSON",
        [Png] = "PNG",
        [Jpeg] = "JPEG",
        [Xlsx] = "XLSX",
    };

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The media type without parameters, lowercase ("text/csv; charset=utf-8" is "text/csv"); rejects the others.</summary>
    public static string Normalize(string? contentType)
    {
        var mediaType = (contentType ?? "").Split(';', 2)[0].Trim().ToLowerInvariant();
        return Allowed.ContainsKey(mediaType)
            ? mediaType
            : throw new DocumentRejectedException(
                $"Documents of type '{contentType}' are not accepted: attach {string.Join(", ", Allowed.Values)}.");
    }

    /// <summary>Rejects content that is not what its type says (a renamed executable, a text file sent as a PDF).</summary>
    public static void EnsureContentMatches(string mediaType, ReadOnlySpan<byte> content)
    {
        var matches = mediaType switch
        {
            Pdf => content.StartsWith(PdfMagic),
            Png => content.StartsWith(PngMagic),
            Jpeg => content.StartsWith(JpegMagic),
            Xlsx => content.StartsWith(ZipMagic),
            Csv => IsText(content),
            Json => IsText(content) && IsJson(content),
            _ => false,
        };
        if (!matches)
        {
            throw new DocumentRejectedException($"The content is not a valid {Allowed[mediaType]} file: check the file and its type.");
        }
    }

    private static bool IsText(ReadOnlySpan<byte> content)
    {
        if (content.Contains((byte)0))
        {
            return false;
        }

        try
        {
            StrictUtf8.GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool IsJson(ReadOnlySpan<byte> content)
    {
        try
        {
            var reader = new Utf8JsonReader(content.StartsWith(Utf8Bom) ? content[Utf8Bom.Length..] : content);
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
