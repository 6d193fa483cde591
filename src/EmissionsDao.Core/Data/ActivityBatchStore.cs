using System.Globalization;
using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Calculation;
using EmissionsDao.Core.Import;
using EmissionsDao.Core.Periods;
using Microsoft.EntityFrameworkCore;

namespace EmissionsDao.Core.Data;

/// <summary>The outcome of saving a batch: saved (with its record, when one was reserved), or refused with every reason.</summary>
public abstract record BatchSaveResult
{
    private BatchSaveResult()
    {
    }

    public sealed record Saved(ActivityBatch Batch, EmissionsRecord? Record) : BatchSaveResult;

    public sealed record Rejected(IReadOnlyList<string> Reasons) : BatchSaveResult;
}

/// <summary>
/// Saves a validated, calculated upload for a subject and period in one transaction: batch, rows, calculation and
/// totals, and optionally the pending emissions record that reserves the period. Either all of it is stored or none.
/// Before writing it checks the period rules: each metered kind's bills tile the period, discrete rows fall inside it.
/// </summary>
public sealed class ActivityBatchStore(IDbContextFactory<EmissionsDbContext> contextFactory, EmissionsRecordStore recordStore, TimeProvider timeProvider)
{
    /// <param name="import">Only a successful import can be saved: a file with any bad row has no rows to give.</param>
    /// <param name="calculation">The calculation of exactly these rows.</param>
    /// <param name="reserveRecord">Also add a pending emissions record for the period (refused if it overlaps another).</param>
    public async Task<BatchSaveResult> SaveAsync(
        long subjectId,
        DatePeriod period,
        string sourceName,
        ImportResult.Succeeded import,
        CalculationResult calculation,
        bool reserveRecord,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(calculation);
        if (calculation.Rows.Count != import.Rows.Count || calculation.Rows.Where((row, i) => !row.Activity.Equals(import.Rows[i].Activity)).Any())
        {
            throw new ArgumentException("The calculation is not of these rows.", nameof(calculation));
        }

        var violations = CheckPeriod(period, import.Rows);
        if (violations.Count > 0)
        {
            return new BatchSaveResult.Rejected(violations.Select(v => v.Message).ToList());
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var batch = new ActivityBatch
        {
            SubjectId = subjectId,
            StartDate = period.Start,
            EndDate = period.End,
            SourceName = sourceName,
            ActivityDataHash = calculation.ActivityDataHash.ToArray(),
            RowCount = import.Rows.Count,
            UploadedUtc = now,
            Rows = import.Rows.Select((row, i) => ToStoredRow(row, calculation.Rows[i])).ToList(),
            Calculations = [ToStoredCalculation(calculation, now)],
        };

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await RecordWriteTransaction.BeginAsync(db.Database, cancellationToken);
        EmissionsRecord? record = null;
        if (reserveRecord)
        {
            var reserved = await recordStore.AddAsync(db, subjectId, period, calculation.TotalGrams, cancellationToken);
            if (reserved is RecordInsertResult.Rejected rejected)
            {
                return new BatchSaveResult.Rejected([rejected.Reason]);
            }

            record = ((RecordInsertResult.Added)reserved).Record;
        }

        db.ActivityBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BatchSaveResult.Saved(batch, record);
    }

    /// <summary>
    /// The period rules for one upload: the bills of each metered kind tile <paramref name="period"/> (no gap, no
    /// overlap, nothing outside); every discrete row falls inside it. Rows are named by their line.
    /// </summary>
    public static IReadOnlyList<PeriodViolation> CheckPeriod(DatePeriod period, IReadOnlyList<ImportedActivity> rows)
    {
        var violations = new List<PeriodViolation>();
        foreach (var meteredKind in rows.Where(r => r.Activity.Kind.IsMetered()).GroupBy(r => r.Activity.Kind).OrderBy(g => g.Key))
        {
            violations.AddRange(PeriodRules.CheckTiling(period, meteredKind.Select(Entry)));
        }

        violations.AddRange(PeriodRules.CheckInside(period, rows.Where(r => !r.Activity.Kind.IsMetered()).Select(Entry)));
        return violations;
    }

    private static PeriodEntry Entry(ImportedActivity row) =>
        new(string.Create(CultureInfo.InvariantCulture, $"line {row.Line}"), row.Activity.Period);

    private static StoredActivityRow ToStoredRow(ImportedActivity row, RowEmissions emissions) => new()
    {
        LineNumber = row.Line,
        Kind = row.Activity.Kind,
        StartDate = row.Activity.Period.Start,
        EndDate = row.Activity.Period.End,
        CanonicalJson = row.Activity.ToCanonicalJson(),
        Grams = EmissionsUnits.ToGrams(emissions.KgCo2e),
        FactorSetKey = emissions.Factor?.SetKey,
        FactorPublisherRowId = emissions.Factor?.Factor.PublisherRowId,
        AuditorMustConfirm = emissions.AuditorMustConfirm,
    };

    private static StoredCalculation ToStoredCalculation(CalculationResult calculation, DateTime now) => new()
    {
        ActivityDataHash = calculation.ActivityDataHash.ToArray(),
        FactorLibraryHash = calculation.FactorLibraryHash.ToArray(),
        FactorLibraryVersion = calculation.FactorLibraryVersion,
        MethodVersion = calculation.MethodVersion,
        TotalGrams = calculation.TotalGrams,
        CalculatedUtc = now,
        Totals =
        [
            .. calculation.ByKind.Select(t => new StoredCalculationTotal
            {
                Dimension = CalculationTotalDimension.Kind, Key = t.Kind.Code(), Grams = EmissionsUnits.ToGrams(t.KgCo2e),
            }),
            .. calculation.ByMonth.Select(t => new StoredCalculationTotal
            {
                Dimension = CalculationTotalDimension.Month, Key = t.Month.ToString(), Grams = EmissionsUnits.ToGrams(t.KgCo2e),
            }),
        ],
    };
}
