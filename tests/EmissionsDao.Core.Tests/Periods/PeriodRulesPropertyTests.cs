using EmissionsDao.Core.Periods;

namespace EmissionsDao.Core.Tests.Periods;

/// <summary>Seeded random cases checked against brute force (day by day), so a failure reproduces exactly.</summary>
public sealed class PeriodRulesPropertyTests
{
    private static readonly DateOnly Origin = new(2025, 1, 1);

    [Fact]
    public void Neighbour_overlap_check_agrees_with_checking_every_record()
    {
        var random = new Random(20261125);
        for (var trial = 0; trial < 2_000; trial++)
        {
            // A subject's existing records: random, non-overlapping (kept only if they overlap nothing), sorted by start.
            var existing = new SortedList<DateOnly, DatePeriod>();
            var attempts = random.Next(0, 40);
            for (var i = 0; i < attempts; i++)
            {
                var candidate = RandomPeriod(random, 200, 20);
                if (!existing.Values.Any(p => p.Overlaps(candidate)))
                {
                    existing.Add(candidate.Start, candidate);
                }
            }

            for (var probe = 0; probe < 25; probe++)
            {
                var period = RandomPeriod(random, 200, 30);
                var previous = existing.Values.LastOrDefault(p => p.Start <= period.Start);
                var next = existing.Values.FirstOrDefault(p => p.Start >= period.Start);

                var byNeighbours = PeriodRules.OverlappingNeighbour(period,
                    existing.Values.Any(p => p.Start <= period.Start) ? previous : null,
                    existing.Values.Any(p => p.Start >= period.Start) ? next : null);
                var byBruteForce = existing.Values.Where(p => Enumerable.Range(p.Start.DayNumber, p.Days).Any(d => d >= period.Start.DayNumber && d <= period.End.DayNumber)).ToList();

                Assert.Equal(byBruteForce.Count > 0, byNeighbours is not null);
                if (byNeighbours is { } found)
                {
                    Assert.Contains(found, byBruteForce);
                }
            }
        }
    }

    [Fact]
    public void Tiling_check_agrees_with_a_day_by_day_count()
    {
        var random = new Random(42);
        for (var trial = 0; trial < 3_000; trial++)
        {
            var period = RandomPeriod(random, 60, 60);
            var entries = RandomBills(random, period);

            var violations = PeriodRules.CheckTiling(period, entries);

            // Brute force: count how many bills cover each day.
            var coverage = new Dictionary<int, int>();
            foreach (var entry in entries)
            {
                for (var day = entry.Period.Start.DayNumber; day <= entry.Period.End.DayNumber; day++)
                {
                    coverage[day] = coverage.GetValueOrDefault(day) + 1;
                }
            }

            var periodDays = Enumerable.Range(period.Start.DayNumber, period.Days).ToHashSet();
            var uncovered = periodDays.Where(d => coverage.GetValueOrDefault(d) == 0).ToHashSet();
            var doubled = coverage.Where(c => c.Value > 1).Select(c => c.Key).ToHashSet();
            var outside = coverage.Keys.Where(d => !periodDays.Contains(d)).ToHashSet();

            Assert.Equal(uncovered.Count == 0 && doubled.Count == 0 && outside.Count == 0, violations.Count == 0);
            Assert.Equal(uncovered, DaysOf(violations, PeriodViolationKind.Gap));
            Assert.Equal(doubled, DaysOf(violations, PeriodViolationKind.Overlap));
            Assert.Equal(outside, DaysOf(violations, PeriodViolationKind.Outside));
        }
    }

    [Fact]
    public void Tiling_result_does_not_depend_on_the_order_of_the_bills()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 1_000; trial++)
        {
            var period = RandomPeriod(random, 60, 60);
            var entries = RandomBills(random, period);
            var shuffled = entries.OrderBy(_ => random.Next()).ToList();

            Assert.Equal(
                PeriodRules.CheckTiling(period, entries).Select(v => v.Message),
                PeriodRules.CheckTiling(period, shuffled).Select(v => v.Message));
        }
    }

    [Fact]
    public void Find_overlaps_reports_exactly_the_doubly_covered_days()
    {
        var random = new Random(99);
        for (var trial = 0; trial < 2_000; trial++)
        {
            var entries = Enumerable.Range(0, random.Next(0, 8)).Select(i => new PeriodEntry($"record {i}", RandomPeriod(random, 90, 25))).ToList();

            var doubled = entries.SelectMany(e => Enumerable.Range(e.Period.Start.DayNumber, e.Period.Days))
                .GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();

            Assert.Equal(doubled, DaysOf(PeriodRules.FindOverlaps(entries), PeriodViolationKind.Overlap));
        }
    }

    /// <summary>Bills that mostly tile the period, with random gaps, overlaps and overhangs.</summary>
    private static List<PeriodEntry> RandomBills(Random random, DatePeriod period)
    {
        var entries = new List<PeriodEntry>();
        var start = period.Start.AddDays(random.Next(-3, 4));
        var line = 2;
        while (start <= period.End.AddDays(2) && entries.Count < 12)
        {
            var end = start.AddDays(random.Next(0, 20));
            entries.Add(new PeriodEntry($"line {line++}", new DatePeriod(start, end)));
            start = end.AddDays(random.Next(0, 10) switch { 0 => -2, 1 => 0, 2 => 3, _ => 1 });
        }

        return entries;
    }

    private static HashSet<int> DaysOf(IEnumerable<PeriodViolation> violations, PeriodViolationKind kind) =>
        violations.Where(v => v.Kind == kind).SelectMany(v => Enumerable.Range(v.Days.Start.DayNumber, v.Days.Days)).ToHashSet();

    private static DatePeriod RandomPeriod(Random random, int spreadDays, int maxLengthDays)
    {
        var start = Origin.AddDays(random.Next(0, spreadDays));
        return new DatePeriod(start, start.AddDays(random.Next(0, maxLengthDays)));
    }
}
