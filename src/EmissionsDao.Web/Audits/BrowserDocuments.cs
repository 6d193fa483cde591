using EmissionsDao.Core.Documents;
using EmissionsDao.Core.Requests;
using Microsoft.AspNetCore.Components.Forms;

namespace EmissionsDao.Web.Audits;

/// <summary>
/// Reads a document the user attached in the browser, with the checks the encryptor will make: a file over the limit
/// is refused from its size before a byte crosses the wire, a type the portal does not take before it is read, and
/// content that is not what its type says once read.
/// </summary>
public static class BrowserDocuments
{
    /// <exception cref="DocumentRejectedException">The message says what to change.</exception>
    public static async Task<DocumentUpload> ReadAsync(IBrowserFile file, DocumentEncryptor encryptor, CancellationToken cancellationToken = default)
    {
        encryptor.EnsureSizeAllowed(file.Size);
        var contentType = DocumentContentTypes.Normalize(DocumentUpload.ContentTypeOf(file.Name, file.ContentType));
        using var content = new MemoryStream((int)file.Size);
        await using (var stream = file.OpenReadStream(encryptor.MaxSizeBytes, cancellationToken))
        {
            await stream.CopyToAsync(content, cancellationToken);
        }

        var upload = new DocumentUpload(file.Name, contentType, content.ToArray());
        encryptor.Validate(upload.Content, upload.ContentType);
        return upload;
    }
}
