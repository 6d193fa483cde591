using System.Runtime.CompilerServices;
using EmissionsDao.Core.Periods;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EmissionsDao.Core.Data;

/// <summary>The outcome of adding an emissions record: added, or refused with the reason and the record in the way.</summary>
public abstract record RecordInsertResult
{
    private RecordInsertResult()
    {
    }

    public sealed record Added(EmissionsRecord Record) : RecordInsertResult;

    public sealed record Rejected(string Reason, EmissionsRecord? Conflicting) : RecordInsertResult;
}

/// <summary>
/// Adds emissions records so that two records of one subject never overlap. The check reads only the two neighbours
/// of the new period in the (SubjectId, StartDay) index — the record with the greatest start &lt;= the new start and
/// the one with the smallest start &gt;= it — inside a transaction in which writers of one subject queue
/// (<see cref="RecordWriteTransaction"/>), so its cost does not grow with the number of records.
/// </summary>
public sealed class EmissionsRecordStore(IDbContextFactory<EmissionsDbContext> contextFactory, TimeProvider timeProvider)
{
    // Compiled, and projected to the three columns the check needs, so each look-up is one index seek and no entity.
    // A compiled query is bound to the model it first ran with, and each provider (each EF service provider) has its
    // own model, so one pair is compiled per model.
    private static readonly ConditionalWeakTable<IModel, NeighbourQueries> CompiledPerModel = [];

    public async Task<RecordInsertResult> AddAsync(long subjectId, DatePeriod period, long grams, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await AddAsync(db, subjectId, period, grams, cancellationToken);
    }

    /// <summary>
    /// Adds a pending record using <paramref name="db"/>; joins the caller's transaction when there is one (begun with
    /// <see cref="RecordWriteTransaction.BeginAsync"/>; the caller then commits), otherwise runs in its own.
    /// </summary>
    public async Task<RecordInsertResult> AddAsync(EmissionsDbContext db, long subjectId, DatePeriod period, long grams, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegative(grams);
        var ownTransaction = db.Database.CurrentTransaction is null
            ? await RecordWriteTransaction.BeginAsync(db.Database, cancellationToken)
            : null;
        try
        {
            await RecordWriteTransaction.LockSubjectAsync(db.Database, subjectId, cancellationToken);
            var overlapping = await FindOverlapAsync(db, subjectId, period, cancellationToken);
            if (overlapping is not null)
            {
                var shared = new DatePeriod(
                    overlapping.StartDate > period.Start ? overlapping.StartDate : period.Start,
                    overlapping.EndDate < period.End ? overlapping.EndDate : period.End);
                return new RecordInsertResult.Rejected(
                    $"overlap: the new record ({period}) and record {overlapping.Id} ({overlapping.Period}) of this subject both cover {shared}; " +
                    "records of one subject may not overlap (dates are inclusive)",
                    overlapping);
            }

            var record = new EmissionsRecord
            {
                SubjectId = subjectId,
                StartDate = period.Start,
                EndDate = period.End,
                Grams = grams,
                Status = EmissionsRecordStatus.Pending,
                CreatedUtc = timeProvider.GetUtcNow().UtcDateTime,
            };
            db.EmissionsRecords.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return new RecordInsertResult.Added(record);
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The stored record that overlaps <paramref name="period"/>, found from its two neighbours only
    /// (<see cref="PeriodRules.OverlappingNeighbour"/>), or null.
    /// </summary>
    public static async Task<EmissionsRecord?> FindOverlapAsync(EmissionsDbContext db, long subjectId, DatePeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var queries = CompiledPerModel.GetValue(db.Model, _ => new NeighbourQueries());
        var previous = await queries.PreviousByStart(db, subjectId, period.Start, cancellationToken);
        var overlapping = previous is not null && PeriodRules.OverlappingNeighbour(period, previous.Period, null) is not null ? previous : null;
        if (overlapping is null)
        {
            var next = await queries.NextByStart(db, subjectId, period.Start, cancellationToken);
            overlapping = next is not null && PeriodRules.OverlappingNeighbour(period, null, next.Period) is not null ? next : null;
        }

        return overlapping is null
            ? null
            : await db.EmissionsRecords.AsNoTracking().SingleAsync(r => r.Id == overlapping.Id, cancellationToken);
    }

    private sealed record Neighbour(long Id, DateOnly StartDate, DateOnly EndDate)
    {
        public DatePeriod Period => new(StartDate, EndDate);
    }

    private sealed class NeighbourQueries
    {
        public Func<EmissionsDbContext, long, DateOnly, CancellationToken, Task<Neighbour?>> PreviousByStart { get; } =
            EF.CompileAsyncQuery((EmissionsDbContext db, long subjectId, DateOnly start, CancellationToken _) =>
                db.EmissionsRecords.Where(r => r.SubjectId == subjectId && r.StartDate <= start).OrderByDescending(r => r.StartDate)
                    .Select(r => new Neighbour(r.Id, r.StartDate, r.EndDate)).FirstOrDefault());

        public Func<EmissionsDbContext, long, DateOnly, CancellationToken, Task<Neighbour?>> NextByStart { get; } =
            EF.CompileAsyncQuery((EmissionsDbContext db, long subjectId, DateOnly start, CancellationToken _) =>
                db.EmissionsRecords.Where(r => r.SubjectId == subjectId && r.StartDate >= start).OrderBy(r => r.StartDate)
                    .Select(r => new Neighbour(r.Id, r.StartDate, r.EndDate)).FirstOrDefault());
    }

    /// <summary>Marks a pending record as written on chain.</summary>
    public async Task<bool> MarkIssuedAsync(long recordId, string chainRecordId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.EmissionsRecords
            .Where(r => r.Id == recordId && r.Status == EmissionsRecordStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, EmissionsRecordStatus.Issued).SetProperty(r => r.ChainRecordId, chainRecordId), cancellationToken) == 1;
    }

    /// <summary>Frees the period of a pending record whose audit was declined or withdrawn. Issued records are never removed.</summary>
    public async Task<bool> RemovePendingAsync(long recordId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.EmissionsRecords
            .Where(r => r.Id == recordId && r.Status == EmissionsRecordStatus.Pending)
            .ExecuteDeleteAsync(cancellationToken) == 1;
    }
}
