namespace EmissionsDao.Core.Periods;

/// <summary>
/// The no-double-counting rules on inclusive date periods: a subject's records never overlap; bills tile the period
/// they are reported for; discrete activities fall inside it; records backing a token cover the token's period exactly.
/// </summary>
public static class PeriodRules
{
    /// <summary>Every pair of entries that share a day (a subject's records must never overlap).</summary>
    public static IReadOnlyList<PeriodViolation> FindOverlaps(IEnumerable<PeriodEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sorted = SortByDate(entries);
        var violations = new List<PeriodViolation>();
        PeriodEntry? reachesFurthest = null;
        foreach (var entry in sorted)
        {
            if (reachesFurthest is not null && reachesFurthest.Period.End >= entry.Period.Start)
            {
                violations.Add(OverlapViolation(reachesFurthest, entry));
            }

            if (reachesFurthest is null || entry.Period.End > reachesFurthest.Period.End)
            {
                reachesFurthest = entry;
            }
        }

        return violations;
    }

    /// <summary>
    /// Metered entries (bills) must cover every day of <paramref name="period"/> exactly once: no gap, no overlap, nothing outside.
    /// </summary>
    /// <param name="entryNoun">What an entry is called in messages: "bill" or "record".</param>
    public static IReadOnlyList<PeriodViolation> CheckTiling(DatePeriod period, IEnumerable<PeriodEntry> entries, string entryNoun = "bill")
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sorted = SortByDate(entries);
        var violations = new List<PeriodViolation>();

        if (sorted.Count == 0)
        {
            violations.Add(new PeriodViolation(PeriodViolationKind.Gap, period, [],
                $"gap: no {entryNoun} covers {period} (there are no {entryNoun}s)"));
            return violations;
        }

        foreach (var entry in sorted)
        {
            AddOutside(period, entry, violations);
        }

        var first = sorted[0];
        if (first.Period.Start > period.Start)
        {
            var gapEnd = Min(first.Period.Start.AddDays(-1), period.End);
            violations.Add(new PeriodViolation(PeriodViolationKind.Gap, new DatePeriod(period.Start, gapEnd), [first.Label],
                $"gap: no {entryNoun} covers {new DatePeriod(period.Start, gapEnd)} (the period starts {DatePeriod.Iso(period.Start)} " +
                $"but the first {entryNoun}, {first.Label}, starts {DatePeriod.Iso(first.Period.Start)})"));
        }

        var reachesFurthest = first;
        for (var i = 1; i < sorted.Count; i++)
        {
            var entry = sorted[i];
            if (reachesFurthest.Period.End >= entry.Period.Start)
            {
                violations.Add(OverlapViolation(reachesFurthest, entry));
            }
            else if (reachesFurthest.Period.End.AddDays(1) < entry.Period.Start)
            {
                var gap = new DatePeriod(reachesFurthest.Period.End.AddDays(1), entry.Period.Start.AddDays(-1));
                if (gap.Overlaps(period))
                {
                    var inside = Clip(gap, period);
                    violations.Add(new PeriodViolation(PeriodViolationKind.Gap, inside, [reachesFurthest.Label, entry.Label],
                        $"gap: no {entryNoun} covers {inside} (between {reachesFurthest.Label} ending {DatePeriod.Iso(reachesFurthest.Period.End)} " +
                        $"and {entry.Label} starting {DatePeriod.Iso(entry.Period.Start)})"));
                }
            }

            if (entry.Period.End > reachesFurthest.Period.End)
            {
                reachesFurthest = entry;
            }
        }

        if (reachesFurthest.Period.End < period.End)
        {
            var gapStart = Max(reachesFurthest.Period.End.AddDays(1), period.Start);
            var gap = new DatePeriod(gapStart, period.End);
            violations.Add(new PeriodViolation(PeriodViolationKind.Gap, gap, [reachesFurthest.Label],
                $"gap: no {entryNoun} covers {gap} (the last {entryNoun}, {reachesFurthest.Label}, ends {DatePeriod.Iso(reachesFurthest.Period.End)} " +
                $"but the period ends {DatePeriod.Iso(period.End)})"));
        }

        return violations;
    }

    /// <summary>Discrete activities (flights, shipments, fuel purchases) must each fall inside <paramref name="period"/>.</summary>
    public static IReadOnlyList<PeriodViolation> CheckInside(DatePeriod period, IEnumerable<PeriodEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var violations = new List<PeriodViolation>();
        foreach (var entry in SortByDate(entries))
        {
            AddOutside(period, entry, violations);
        }

        return violations;
    }

    /// <summary>
    /// The records a token is minted from must cover the token's period with no gap and no overlap, and lie inside it.
    /// </summary>
    public static IReadOnlyList<PeriodViolation> CheckCoverage(DatePeriod tokenPeriod, IEnumerable<PeriodEntry> records) =>
        CheckTiling(tokenPeriod, records, "record");

    /// <summary>
    /// Overlap check against the two neighbours of <paramref name="candidate"/> in a set of periods that do not overlap each other:
    /// <paramref name="previous"/> has the greatest start &lt;= the candidate's start, <paramref name="next"/> the smallest
    /// start &gt;= it. Because the set does not overlap, no other period can overlap the candidate if these two do not,
    /// so an insert costs two index look-ups however many periods exist.
    /// </summary>
    /// <returns>The neighbour that overlaps, or null.</returns>
    public static DatePeriod? OverlappingNeighbour(DatePeriod candidate, DatePeriod? previous, DatePeriod? next)
    {
        if (previous is { } before && before.End >= candidate.Start)
        {
            return before;
        }

        if (next is { } after && after.Start <= candidate.End)
        {
            return after;
        }

        return null;
    }

    private static void AddOutside(DatePeriod period, PeriodEntry entry, List<PeriodViolation> violations)
    {
        if (period.Contains(entry.Period))
        {
            return;
        }

        var outsideBefore = entry.Period.Start < period.Start
            ? new DatePeriod(entry.Period.Start, Min(entry.Period.End, period.Start.AddDays(-1)))
            : (DatePeriod?)null;
        var outsideAfter = entry.Period.End > period.End
            ? new DatePeriod(Max(entry.Period.Start, period.End.AddDays(1)), entry.Period.End)
            : (DatePeriod?)null;

        foreach (var outside in new[] { outsideBefore, outsideAfter })
        {
            if (outside is not { } days)
            {
                continue;
            }

            var message = entry.Period.Overlaps(period)
                ? $"outside: {entry.Label} ({entry.Period}) extends beyond the period {period}: {days} is outside it"
                : $"outside: {entry.Label} ({entry.Period}) is not inside the period {period}";
            violations.Add(new PeriodViolation(PeriodViolationKind.Outside, days, [entry.Label], message));
        }
    }

    private static PeriodViolation OverlapViolation(PeriodEntry earlier, PeriodEntry later)
    {
        var shared = new DatePeriod(later.Period.Start, Min(earlier.Period.End, later.Period.End));
        return new PeriodViolation(PeriodViolationKind.Overlap, shared, [earlier.Label, later.Label],
            $"overlap: {earlier.Label} ({earlier.Period}) and {later.Label} ({later.Period}) both cover {shared}");
    }

    private static List<PeriodEntry> SortByDate(IEnumerable<PeriodEntry> entries)
    {
        var list = entries.ToList();
        list.Sort(static (a, b) =>
        {
            var byStart = a.Period.Start.CompareTo(b.Period.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            var byEnd = a.Period.End.CompareTo(b.Period.End);
            return byEnd != 0 ? byEnd : string.CompareOrdinal(a.Label, b.Label);
        });
        return list;
    }

    private static DatePeriod Clip(DatePeriod days, DatePeriod period) => new(Max(days.Start, period.Start), Min(days.End, period.End));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
