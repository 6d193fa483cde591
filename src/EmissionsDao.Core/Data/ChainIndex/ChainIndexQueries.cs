using System.Numerics;
using Microsoft.EntityFrameworkCore;

namespace EmissionsDao.Core.Data.ChainIndex;

/// <summary>How many records back a token, how many are still available to mint from.</summary>
public sealed record RecordCounts(int Tokenized, int Available);

/// <summary>Tokens minted and retired, with the retired grams.</summary>
public sealed record TokenSummary(int Minted, int Retired, long RetiredGrams);

/// <summary>
/// Reads the indexer's tables for pages and the public API (no chain calls: fast). Filters, counts, sums and pages run
/// in SQL; what SQL cannot do exactly is finished here from a narrow projection, never from whole tables: SQLite has no
/// integer wider than 64 bits for uint256 amounts, and a record's grams are spread over months by days. Dates are
/// stored as day numbers and amounts of grams as integers, so they compare and sum in SQL.
/// </summary>
public sealed class ChainIndexQueries(IDbContextFactory<EmissionsDbContext> contextFactory)
{
    /// <summary>Records, oldest period first; of one subject (bytes32 key, 0x hex) or of all (the export).</summary>
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

    /// <summary>How many subjects have at least one record.</summary>
    public async Task<int> SubjectCountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ChainRecords.Select(r => r.SubjectKey).Distinct().CountAsync(cancellationToken);
    }

    /// <summary>A page of subjects' timelines, the subject with the latest record first (then by key).</summary>
    public async Task<IReadOnlyList<SubjectTimeline>> TimelinesAsync(int skip = 0, int take = 20, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var keys = await db.ChainRecords
            .GroupBy(r => r.SubjectKey)
            .Select(g => new { SubjectKey = g.Key, LastBlock = g.Max(r => r.WrittenBlock) })
            .OrderByDescending(s => s.LastBlock).ThenBy(s => s.SubjectKey)
            .Skip(skip).Take(take)
            .Select(s => s.SubjectKey)
            .ToListAsync(cancellationToken);
        var records = (await db.ChainRecords.AsNoTracking()
            .Where(r => keys.Contains(r.SubjectKey))
            .OrderBy(r => r.StartDate)
            .ToListAsync(cancellationToken))
            .ToLookup(r => r.SubjectKey, StringComparer.Ordinal);
        return [.. keys.Select(key => SubjectTimeline.Of(key, records[key]))];
    }

    public async Task<RecordCounts> RecordCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var tokenized = await db.ChainRecords.CountAsync(r => r.TokenId != null, cancellationToken);
        var available = await db.ChainRecords.CountAsync(r => r.TokenId == null, cancellationToken);
        return new RecordCounts(tokenized, available);
    }

    /// <summary>Grams by calendar month over every record (see <see cref="MonthlyEmissions"/>), from each record's period and grams only.</summary>
    public async Task<IReadOnlyList<MonthGrams>> MonthlyGramsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var months = new MonthlyEmissions();
        await foreach (var record in db.ChainRecords.Select(r => new { r.StartDate, r.EndDate, r.Grams }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            months.Add(record.StartDate, record.EndDate, record.Grams);
        }

        return months.Totals;
    }

    public async Task<TokenSummary> TokenSummaryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var minted = await db.ChainTokens.CountAsync(cancellationToken);
        var retired = await db.ChainTokens.CountAsync(t => t.Retired, cancellationToken);
        var retiredGrams = await db.ChainTokens.Where(t => t.Retired).SumAsync(t => t.Grams, cancellationToken);
        return new TokenSummary(minted, retired, retiredGrams);
    }

    /// <summary>
    /// Money around the escrow and the treasury, per token and kind of flow. SQL groups the flows by token, kind and
    /// amount (fees, payouts and shares repeat the same amounts); the uint256 sums are exact, in <see cref="BigInteger"/>.
    /// </summary>
    public async Task<IReadOnlyList<TreasuryLedger>> TreasuryLedgersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var groups = await db.ChainTreasuryFlows
            .GroupBy(f => new { f.Token, f.Kind, f.Amount })
            .Select(g => new { g.Key.Token, g.Key.Kind, g.Key.Amount, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. groups
            .GroupBy(g => g.Token, StringComparer.Ordinal)
            .OrderBy(byToken => byToken.Key, StringComparer.Ordinal)
            .Select(byToken => new TreasuryLedger(
                byToken.Key,
                byToken.GroupBy(g => g.Kind).ToDictionary(g => g.Key, g => g.Aggregate(BigInteger.Zero, (sum, amount) => sum + (BigInteger.Parse(amount.Amount, System.Globalization.CultureInfo.InvariantCulture) * amount.Count)))))];
    }

    /// <summary>Grams by activity kind over the issued records, from the stored calculations whose activity data the audits anchored.</summary>
    public async Task<IReadOnlyDictionary<string, long>> IssuedGramsByActivityKindAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var anchored = db.ChainAuditRequests.Where(r => r.Status == "Issued").Select(r => r.ActivityHash.ToLower());
        return await db.Calculations
            .Where(c => anchored.Contains("0x" + EF.Functions.Hex(c.ActivityDataHash).ToLower()))
            .SelectMany(c => c.Totals)
            .Where(t => t.Dimension == CalculationTotalDimension.Kind)
            .GroupBy(t => t.Key)
            .Select(g => new { Kind = g.Key, Grams = g.Sum(t => t.Grams) })
            .ToDictionaryAsync(g => g.Kind, g => g.Grams, cancellationToken);
    }
}
