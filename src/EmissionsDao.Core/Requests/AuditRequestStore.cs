using EmissionsDao.Core.Data;
using EmissionsDao.Core.Documents;
using EmissionsDao.Core.Periods;
using Microsoft.EntityFrameworkCore;

namespace EmissionsDao.Core.Requests;

/// <summary>
/// Requests, their encrypted documents, message threads and the auditors' sealed results. Documents are encrypted
/// before anything is stored (a refused document stores nothing), for the requester first and for each drawn auditor
/// once the panel is known. This store checks who is a recipient of a document; who may see a request at all (the
/// requester and the panel on chain) is checked by the portal before it calls here.
/// </summary>
public sealed class AuditRequestStore(IDbContextFactory<EmissionsDbContext> contextFactory, DocumentEncryptor encryptor, TimeProvider timeProvider)
{
    /// <summary>Stores a request about to be signed, with its documents encrypted for the requester.</summary>
    /// <exception cref="DocumentRejectedException">A document is empty, too large, of a type not accepted, or not what its type says; the message names the file.</exception>
    public async Task<PortalAuditRequest> CreateDraftAsync(
        ActivityBatch batch,
        Subject subject,
        string requesterAddress,
        byte[] factorSetHash,
        IReadOnlyList<DocumentUpload> documents,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(documents);
        var requester = SubjectStore.NormaliseAddress(requesterAddress);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var request = new PortalAuditRequest
        {
            BatchId = batch.Id,
            SubjectId = subject.Id,
            RequesterAddress = requester,
            StartDate = batch.StartDate,
            EndDate = batch.EndDate,
            SubjectChainKey = SubjectChainKey.Of(subject),
            FactorSetHash = factorSetHash,
            ActivityDataHash = batch.ActivityDataHash,
            CreatedUtc = now,
            Documents = documents.Select(d => Encrypt(d, requester, [requester], now)).ToList(),
        };
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    /// <summary>Records the chain request id and the panel drawn, and shares every document of the request with the panel.</summary>
    public async Task MarkSubmittedAsync(long requestId, string chainRequestId, IReadOnlyList<string> panel, CancellationToken cancellationToken = default)
    {
        var auditors = panel.Select(SubjectStore.NormaliseAddress).Distinct(StringComparer.Ordinal).ToList();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.AuditRequests.Include(r => r.Documents).ThenInclude(d => d.Recipients).SingleAsync(r => r.Id == requestId, cancellationToken);
        request.ChainRequestId = chainRequestId;
        request.PanelAddresses = string.Join(',', auditors);
        request.SubmittedUtc = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var document in request.Documents)
        {
            Share(document, auditors);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Removes a draft whose signing or relaying failed, with its documents and its activity batch.</summary>
    public async Task DeleteDraftAsync(long requestId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.AuditRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.ChainRequestId == null, cancellationToken);
        if (request is null)
        {
            return;
        }

        await db.Documents.Where(d => d.RequestId == requestId).ExecuteDeleteAsync(cancellationToken);
        db.AuditRequests.Remove(request);
        await db.SaveChangesAsync(cancellationToken);
        await db.ActivityBatches.Where(b => b.Id == request.BatchId).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<PortalAuditRequest?> FindByChainIdAsync(string chainRequestId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditRequests.AsNoTracking().Include(r => r.Subject).SingleOrDefaultAsync(r => r.ChainRequestId == chainRequestId, cancellationToken);
    }

    /// <summary>The stored rows of a request's batch, in file order.</summary>
    public async Task<IReadOnlyList<StoredActivityRow>> RowsAsync(long batchId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ActivityRows.AsNoTracking().Where(r => r.BatchId == batchId).OrderBy(r => r.LineNumber).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PortalAuditRequest>> ListForRequesterAsync(string requesterAddress, CancellationToken cancellationToken = default)
    {
        var requester = SubjectStore.NormaliseAddress(requesterAddress);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditRequests.AsNoTracking().Include(r => r.Subject)
            .Where(r => r.RequesterAddress == requester && r.ChainRequestId != null)
            .OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Requests whose drawn panel (as recorded when relayed) includes <paramref name="auditorAddress"/>.</summary>
    public async Task<IReadOnlyList<PortalAuditRequest>> ListForAuditorAsync(string auditorAddress, CancellationToken cancellationToken = default)
    {
        var auditor = SubjectStore.NormaliseAddress(auditorAddress);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditRequests.AsNoTracking().Include(r => r.Subject)
            .Where(r => r.ChainRequestId != null && r.PanelAddresses.Contains(auditor))
            .OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DocumentSummary>> DocumentsAsync(long requestId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Documents.AsNoTracking().Where(d => d.RequestId == requestId).OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.MessageId, d.FileName, d.ContentType, d.Size, d.PlaintextSha256, d.UploaderAddress, d.UploadedUtc })
            .ToListAsync(cancellationToken);
        return rows.Select(d => new DocumentSummary(
            d.Id, requestId, d.MessageId, d.FileName, d.ContentType, d.Size, "0x" + Convert.ToHexStringLower(d.PlaintextSha256), d.UploaderAddress, d.UploadedUtc)).ToList();
    }

    public async Task<IReadOnlyList<RequestMessage>> MessagesAsync(long requestId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var messages = await db.RequestMessages.AsNoTracking().Where(m => m.RequestId == requestId).ToListAsync(cancellationToken);
        var attachments = await db.Documents.AsNoTracking().Where(d => d.RequestId == requestId && d.MessageId != null)
            .Select(d => new { d.Id, d.MessageId, d.FileName, d.ContentType, d.Size, d.UploaderAddress, d.UploadedUtc })
            .ToListAsync(cancellationToken);
        foreach (var message in messages)
        {
            message.Attachments = attachments.Where(a => a.MessageId == message.Id).Select(a => new StoredDocument
            {
                Id = a.Id,
                RequestId = requestId,
                MessageId = a.MessageId,
                FileName = a.FileName,
                ContentType = a.ContentType,
                Size = a.Size,
                UploaderAddress = a.UploaderAddress,
                UploadedUtc = a.UploadedUtc,
                PlaintextSha256 = [],
                CiphertextSha256 = [],
                Ciphertext = [],
                Nonce = [],
                Tag = [],
            }).ToList();
        }

        return messages.OrderBy(m => m.SentUtc).ThenBy(m => m.Id).ToList();
    }

    /// <summary>Adds a message to the thread, its attachments encrypted for <paramref name="recipients"/> (the requester and the panel).</summary>
    /// <exception cref="ArgumentException">An empty or too long message, or too many attachments.</exception>
    /// <exception cref="DocumentRejectedException">An attachment is refused; nothing is stored.</exception>
    public async Task<RequestMessage> AddMessageAsync(
        long requestId,
        string authorAddress,
        string? text,
        IReadOnlyList<DocumentUpload> attachments,
        IReadOnlyList<string> recipients,
        CancellationToken cancellationToken = default)
    {
        if (RequestMessageRules.Problem(text, attachments.Count) is { } problem)
        {
            throw new ArgumentException(problem, nameof(text));
        }

        var author = SubjectStore.NormaliseAddress(authorAddress);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var readers = recipients.Select(SubjectStore.NormaliseAddress).Append(author).Distinct(StringComparer.Ordinal).ToList();
        var message = new RequestMessage
        {
            RequestId = requestId,
            AuthorAddress = author,
            Text = text?.Trim() ?? "",
            SentUtc = now,
        };
        var documents = attachments.Select(a => Encrypt(a, author, readers, now)).ToList();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.RequestMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var document in documents)
        {
            document.RequestId = requestId;
            document.MessageId = message.Id;
        }

        db.Documents.AddRange(documents);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        message.Attachments = documents;
        return message;
    }

    /// <summary>The plaintext of a document of <paramref name="requestId"/>, or null when there is no such document.</summary>
    /// <exception cref="DocumentAccessDeniedException">The reader is not one of the document's recipients.</exception>
    public async Task<DecryptedDocument?> ReadDocumentAsync(long requestId, long documentId, string readerAddress, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var document = await db.Documents.AsNoTracking().Include(d => d.Recipients)
            .SingleOrDefaultAsync(d => d.Id == documentId && d.RequestId == requestId, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var content = encryptor.Decrypt(document.ToEncrypted(), readerAddress);
        return new DecryptedDocument(Summarise(document), content);
    }

    // ---- Sealed results ----

    public async Task SaveSealedResultAsync(SealedAuditorResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        result.AuditorAddress = SubjectStore.NormaliseAddress(result.AuditorAddress);
        result.CommittedUtc = timeProvider.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.SealedAuditorResults.Where(r => r.RequestId == result.RequestId && r.AuditorAddress == result.AuditorAddress && r.RevealedUtc == null)
            .ExecuteDeleteAsync(cancellationToken);
        db.SealedAuditorResults.Add(result);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The auditor's own sealed result of a request (never another auditor's).</summary>
    public async Task<SealedAuditorResult?> SealedResultAsync(long requestId, string auditorAddress, CancellationToken cancellationToken = default)
    {
        var auditor = SubjectStore.NormaliseAddress(auditorAddress);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.SealedAuditorResults.AsNoTracking().SingleOrDefaultAsync(r => r.RequestId == requestId && r.AuditorAddress == auditor, cancellationToken);
    }

    /// <summary>The decline explanations auditors gave for a request, for the requester once the results are revealed.</summary>
    public async Task<IReadOnlyList<SealedAuditorResult>> RevealedResultsAsync(long requestId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.SealedAuditorResults.AsNoTracking().Where(r => r.RequestId == requestId && r.RevealedUtc != null).ToListAsync(cancellationToken);
    }

    public async Task MarkRevealedAsync(long requestId, string auditorAddress, CancellationToken cancellationToken = default)
    {
        var auditor = SubjectStore.NormaliseAddress(auditorAddress);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.SealedAuditorResults.Where(r => r.RequestId == requestId && r.AuditorAddress == auditor)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.RevealedUtc, now), cancellationToken);
    }

    private StoredDocument Encrypt(DocumentUpload upload, string uploader, IReadOnlyList<string> recipients, DateTime now)
    {
        EncryptedDocument encrypted;
        try
        {
            encrypted = encryptor.Encrypt(upload.Content, upload.ContentType, recipients);
        }
        catch (DocumentRejectedException rejected)
        {
            throw new DocumentRejectedException($"{upload.FileName}: {rejected.Message}");
        }

        return new StoredDocument
        {
            FileName = Path.GetFileName(upload.FileName),
            ContentType = encrypted.ContentType,
            Size = encrypted.Size,
            PlaintextSha256 = encrypted.PlaintextSha256,
            CiphertextSha256 = encrypted.CiphertextSha256,
            Ciphertext = encrypted.Ciphertext,
            Nonce = encrypted.Nonce,
            Tag = encrypted.Tag,
            UploaderAddress = uploader,
            UploadedUtc = now,
            Recipients = encrypted.Recipients.Select(r => new StoredDocumentRecipient { Address = r.Address, WrappedKey = r.WrappedKey }).ToList(),
        };
    }

    private void Share(StoredDocument document, IEnumerable<string> addresses)
    {
        var encrypted = document.ToEncrypted();
        foreach (var address in addresses)
        {
            encrypted = encryptor.AddRecipient(encrypted, address);
        }

        foreach (var recipient in encrypted.Recipients.Where(r => !document.Recipients.Any(existing => existing.Address == r.Address)))
        {
            document.Recipients.Add(new StoredDocumentRecipient { Address = recipient.Address, WrappedKey = recipient.WrappedKey });
        }
    }

    private static DocumentSummary Summarise(StoredDocument d) =>
        new(d.Id, d.RequestId, d.MessageId, d.FileName, d.ContentType, d.Size, d.PlaintextHashHex, d.UploaderAddress, d.UploadedUtc);
}
