using System.Globalization;

namespace EmissionsDao.Core.Periods;

/// <summary>An inclusive range of calendar days: a bill from 2025-01-01 to 2025-01-31 covers 31 days, both ends included.</summary>
public readonly record struct DatePeriod
{
    public DatePeriod(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The period ends ({Iso(end)}) before it starts ({Iso(start)}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public static DatePeriod SingleDay(DateOnly day) => new(day, day);

    public static bool TryCreate(DateOnly start, DateOnly end, out DatePeriod period)
    {
        period = end < start ? default : new DatePeriod(start, end);
        return end >= start;
    }

    /// <summary>True when the two periods share at least one day (touching on an inclusive end day counts).</summary>
    public bool Overlaps(DatePeriod other) => Start <= other.End && other.Start <= End;

    public bool Contains(DateOnly day) => Start <= day && day <= End;

    public bool Contains(DatePeriod other) => Start <= other.Start && other.End <= End;

    /// <summary>"2025-01-31" for a single day, otherwise "2025-01-01 to 2025-01-31".</summary>
    public override string ToString() => Start == End ? Iso(Start) : $"{Iso(Start)} to {Iso(End)}";

    internal static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
