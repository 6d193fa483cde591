using Microsoft.EntityFrameworkCore;

namespace EmissionsDao.Core.Data.ChainIndex;

/// <summary>Reads the indexer's tables for pages and the public API (no chain calls: fast).</summary>
public sealed class ChainIndexQueries(IDbContextFactory<EmissionsDbContext> contextFactory)
{
    /// <summary>Records, oldest period first; of one subject (bytes32 key, 0x hex) or of all.</summary>
    public async Task<IReadOnlyList<IndexedEmissionsRecord>> RecordsAsync(string? subjectKey = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.ChainRecords.AsNoTracking();
        if (subjectKey is not null)
        {
            var key = subjectKey.ToLowerInvariant();
            query = query.Where(r => r.SubjectKey == key);
        }

        return await query.OrderBy(r => r.SubjectKey).ThenBy(r => r.StartDate).ToListAsync(cancellationToken);
    }

    /// <summary>Every subject's timeline, the subject with the latest record first.</summary>
    public async Task<IReadOnlyList<SubjectTimeline>> TimelinesAsync(CancellationToken cancellationToken = default) =>
        (await RecordsAsync(cancellationToken: cancellationToken))
            .GroupBy(r => r.SubjectKey)
            .Select(g => SubjectTimeline.Of(g.Key, g))
            .OrderByDescending(t => t.Records.Max(r => r.WrittenBlock))
            .ToList();

    public async Task<IReadOnlyList<IndexedEmissionsToken>> TokensAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ChainTokens.AsNoTracking().OrderBy(t => t.TokenId).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TreasuryFlow>> TreasuryFlowsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ChainTreasuryFlows.AsNoTracking().OrderBy(f => f.BlockNumber).ThenBy(f => f.LogIndex).ToListAsync(cancellationToken);
    }

    /// <summary>The audit requests whose activity data hash (0x hex) is known, for the breakdown by activity kind.</summary>
    public async Task<IReadOnlyList<IndexedAuditRequest>> RequestsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ChainAuditRequests.AsNoTracking().OrderBy(r => r.RequestId).ToListAsync(cancellationToken);
    }

    /// <summary>Grams by activity kind over the issued records, from the stored calculations whose activity data the audits anchored.</summary>
    public async Task<IReadOnlyDictionary<string, long>> IssuedGramsByActivityKindAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var anchored = await db.ChainAuditRequests.AsNoTracking()
            .Where(r => r.Status == "Issued")
            .Select(r => r.ActivityHash)
            .ToListAsync(cancellationToken);
        if (anchored.Count == 0)
        {
            return new Dictionary<string, long>();
        }

        var hashes = anchored.Select(h => Convert.FromHexString(h[2..])).ToList();
        var calculations = await db.Calculations.AsNoTracking().Include(c => c.Totals).ToListAsync(cancellationToken);
        return calculations
            .Where(c => hashes.Any(h => h.AsSpan().SequenceEqual(c.ActivityDataHash)))
            .SelectMany(c => c.Totals.Where(t => t.Dimension == CalculationTotalDimension.Kind))
            .GroupBy(t => t.Key)
            .ToDictionary(g => g.Key, g => g.Sum(t => t.Grams));
    }
}
