using EmissionsDao.Core.Periods;

namespace EmissionsDao.Core.Data;

/// <summary>One validated upload of activity rows for a subject and a reporting period.</summary>
public sealed class ActivityBatch
{
    public long Id { get; set; }

    public long SubjectId { get; set; }

    public Subject? Subject { get; set; }

    /// <summary>First day of the reporting period (stored as a day number).</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Last day of the reporting period, inclusive (stored as a day number).</summary>
    public DateOnly EndDate { get; set; }

    public DatePeriod Period => new(StartDate, EndDate);

    /// <summary>File name or form the rows came from, for display.</summary>
    public required string SourceName { get; set; }

    /// <summary>SHA-256 over the canonical rows (32 bytes).</summary>
    public required byte[] ActivityDataHash { get; set; }

    public int RowCount { get; set; }

    public DateTime UploadedUtc { get; set; }

    public List<StoredActivityRow> Rows { get; set; } = [];

    public List<StoredCalculation> Calculations { get; set; } = [];
}
