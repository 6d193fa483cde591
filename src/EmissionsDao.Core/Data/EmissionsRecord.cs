using EmissionsDao.Core.Periods;

namespace EmissionsDao.Core.Data;

public enum EmissionsRecordStatus
{
    /// <summary>Calculated and submitted for audit; holds its period so nothing else can claim it.</summary>
    Pending,

    /// <summary>Written on chain after the audit (see <see cref="EmissionsRecord.ChainRecordId"/>).</summary>
    Issued,
}

/// <summary>
/// A subject's emissions for a period, in integer grams CO2e. Two records of one subject never overlap (inclusive
/// dates): <see cref="EmissionsRecordStore.AddAsync(long, DatePeriod, long, CancellationToken)"/> enforces it.
/// A declined audit removes its pending record rather than keeping it with another status, so that every stored
/// record takes part in the overlap rule.
/// </summary>
public sealed class EmissionsRecord
{
    public long Id { get; set; }

    public long SubjectId { get; set; }

    public Subject? Subject { get; set; }

    /// <summary>First day, inclusive (stored as a day number).</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Last day, inclusive (stored as a day number).</summary>
    public DateOnly EndDate { get; set; }

    public DatePeriod Period => new(StartDate, EndDate);

    public long Grams { get; set; }

    /// <summary>The record id on chain (a uint256, as decimal text), once issued.</summary>
    public string? ChainRecordId { get; set; }

    public EmissionsRecordStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }
}
