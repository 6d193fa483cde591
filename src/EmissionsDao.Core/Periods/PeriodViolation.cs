namespace EmissionsDao.Core.Periods;

public enum PeriodViolationKind
{
    /// <summary>Days of the period that no entry covers.</summary>
    Gap,

    /// <summary>Days covered by two entries.</summary>
    Overlap,

    /// <summary>Days of an entry that lie outside the period.</summary>
    Outside,
}

/// <param name="Days">The days the violation is about (the gap, the doubly covered days, or the days outside).</param>
/// <param name="Labels">The entries involved, in date order.</param>
/// <param name="Message">What is wrong, naming the entries and dates, e.g. "gap: no bill covers 2025-02-01 to 2025-02-03 (...)".</param>
public sealed record PeriodViolation(PeriodViolationKind Kind, DatePeriod Days, IReadOnlyList<string> Labels, string Message)
{
    public override string ToString() => Message;
}
