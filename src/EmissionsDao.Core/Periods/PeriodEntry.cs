namespace EmissionsDao.Core.Periods;

/// <summary>A period with the label a person uses to find it again, e.g. "line 4" or "record 12".</summary>
public sealed record PeriodEntry(string Label, DatePeriod Period);
