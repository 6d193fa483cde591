using System.Security.Cryptography;
using System.Text;
using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Data;
using EmissionsDao.Core.Documents;
using EmissionsDao.Core.Import;
using EmissionsDao.Core.Periods;
using EmissionsDao.Core.Requests;
using EmissionsDao.Core.Tests.Support;

namespace EmissionsDao.Core.Tests.Requests;

public sealed class AuditRequestStoreTests
{
    private const string Requester = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
    private const string Auditor = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";
    private const string Outsider = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";
    private static readonly byte[] Bill = Encoding.ASCII.GetBytes("%PDF-1.4\n% bill\n%%EOF\n");

    [Fact]
    public async Task Documents_are_encrypted_at_rest_shared_with_the_panel_and_refused_to_anyone_else()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (store, draft) = await DraftAsync(database, [new DocumentUpload("bill.pdf", "application/pdf", Bill)]);
        var documentId = Assert.Single(draft.Documents).Id;

        await using (var db = database.CreateDbContext())
        {
            var stored = db.Documents.Single();
            Assert.NotEqual(Bill, stored.Ciphertext);
            Assert.Equal(SHA256.HashData(Bill), stored.PlaintextSha256);
        }

        Assert.Throws<DocumentAccessDeniedException>(() => store.ReadDocumentAsync(draft.Id, documentId, Auditor).GetAwaiter().GetResult());
        await store.MarkSubmittedAsync(draft.Id, "7", [Auditor]);

        Assert.Equal(Bill, (await store.ReadDocumentAsync(draft.Id, documentId, Requester))!.Content);
        Assert.Equal(Bill, (await store.ReadDocumentAsync(draft.Id, documentId, Auditor))!.Content);
        await Assert.ThrowsAsync<DocumentAccessDeniedException>(() => store.ReadDocumentAsync(draft.Id, documentId, Outsider));
        Assert.Null(await store.ReadDocumentAsync(draft.Id, documentId + 1, Requester));
        Assert.Equal("7", (await store.FindByChainIdAsync("7"))!.ChainRequestId);
        Assert.Single(await store.ListForAuditorAsync(Auditor));
        Assert.Empty(await store.ListForAuditorAsync(Outsider));
    }

    [Fact]
    public async Task A_refused_document_stores_nothing_and_names_the_file()
    {
        await using var database = await TestDatabase.CreateAsync();

        var error = await Assert.ThrowsAsync<DocumentRejectedException>(() => DraftAsync(database, [new DocumentUpload("virus.pdf", "application/pdf", Encoding.ASCII.GetBytes("MZ not a pdf"))]));

        Assert.StartsWith("virus.pdf:", error.Message, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Empty(db.AuditRequests);
        Assert.Empty(db.Documents);
    }

    [Fact]
    public async Task Messages_keep_their_order_and_their_attachments_are_readable_by_the_thread_only()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (store, draft) = await DraftAsync(database, []);
        await store.MarkSubmittedAsync(draft.Id, "8", [Auditor]);

        await store.AddMessageAsync(draft.Id, Auditor, "Please attach the bill.", [], [Requester, Auditor]);
        var answer = await store.AddMessageAsync(draft.Id, Requester, "Here it is.", [new DocumentUpload("bill.pdf", "application/pdf", Bill)], [Requester, Auditor]);
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddMessageAsync(draft.Id, Requester, " ", [], [Requester]));

        var thread = await store.MessagesAsync(draft.Id);
        Assert.Equal(["Please attach the bill.", "Here it is."], thread.Select(m => m.Text));
        var attachment = Assert.Single(thread[1].Attachments);
        Assert.Equal("bill.pdf", attachment.FileName);
        Assert.Equal(Bill, (await store.ReadDocumentAsync(draft.Id, answer.Attachments[0].Id, Auditor))!.Content);
        await Assert.ThrowsAsync<DocumentAccessDeniedException>(() => store.ReadDocumentAsync(draft.Id, attachment.Id, Outsider));
    }

    [Fact]
    public async Task Sealed_results_are_kept_per_auditor_until_revealed()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (store, draft) = await DraftAsync(database, []);

        await store.SaveSealedResultAsync(new SealedAuditorResult { RequestId = draft.Id, AuditorAddress = Auditor.ToUpperInvariant().Replace("0X", "0x"), Grams = 99_371, Issue = true, FactorSetHash = new byte[32], Salt = new byte[32] });
        Assert.Null(await store.SealedResultAsync(draft.Id, Outsider));
        Assert.Equal(99_371, (await store.SealedResultAsync(draft.Id, Auditor))!.Grams);
        Assert.Empty(await store.RevealedResultsAsync(draft.Id));
        await store.MarkRevealedAsync(draft.Id, Auditor);
        Assert.Single(await store.RevealedResultsAsync(draft.Id));
    }

    private static async Task<(AuditRequestStore Store, PortalAuditRequest Draft)> DraftAsync(TestDatabase database, IReadOnlyList<DocumentUpload> documents)
    {
        var time = FixedTimeProvider.Default;
        var subjects = new SubjectStore(database, time);
        var batches = new ActivityBatchStore(database, new EmissionsRecordStore(database, time), time);
        var store = new AuditRequestStore(database, new DocumentEncryptor(RandomNumberGenerator.GetBytes(32)), time);
        var subject = await subjects.GetOrCreateAsync(Requester, "utility 123 / account 456", "Utility 123");
        var header = CsvTemplates.For(ActivityKind.Electricity).Header;
        var rows = (ImportResult.Succeeded)CoreFixture.CsvImporter().Import(ActivityKind.Electricity, $"{header}\n2025-01-01,2025-01-31,500,CAMX\n");
        var calculation = CoreFixture.Calculator.Calculate(rows.Activities);
        var saved = (BatchSaveResult.Saved)await batches.SaveAsync(subject.Id, new DatePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)), "jan.csv", rows, calculation, reserveRecord: false);
        return (store, await store.CreateDraftAsync(saved.Batch, subject, Requester, calculation.FactorLibraryHash.ToArray(), documents));
    }
}
