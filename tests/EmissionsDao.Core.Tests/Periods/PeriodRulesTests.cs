using EmissionsDao.Core.Periods;

namespace EmissionsDao.Core.Tests.Periods;

public sealed class PeriodRulesTests
{
    private static readonly DatePeriod FirstQuarter2025 = new(D("2025-01-01"), D("2025-03-31"));

    [Fact]
    public void Bills_that_tile_the_period_pass()
    {
        var bills = new[] { Bill(2, "2025-01-01", "2025-01-31"), Bill(3, "2025-02-01", "2025-02-28"), Bill(4, "2025-03-01", "2025-03-31") };

        Assert.Empty(PeriodRules.CheckTiling(FirstQuarter2025, bills));
    }

    [Fact]
    public void A_gap_between_bills_names_both_lines_and_the_missing_days()
    {
        var bills = new[] { Bill(2, "2025-01-01", "2025-01-31"), Bill(3, "2025-02-04", "2025-03-31") };

        var violation = Assert.Single(PeriodRules.CheckTiling(FirstQuarter2025, bills));

        Assert.Equal(PeriodViolationKind.Gap, violation.Kind);
        Assert.Equal("gap: no bill covers 2025-02-01 to 2025-02-03 (between line 2 ending 2025-01-31 and line 3 starting 2025-02-04)", violation.Message);
        Assert.Equal(["line 2", "line 3"], violation.Labels);
    }

    [Fact]
    public void Gaps_at_the_start_and_the_end_of_the_period()
    {
        var bills = new[] { Bill(2, "2025-01-05", "2025-03-28") };

        Assert.Equal(
        [
            "gap: no bill covers 2025-01-01 to 2025-01-04 (the period starts 2025-01-01 but the first bill, line 2, starts 2025-01-05)",
            "gap: no bill covers 2025-03-29 to 2025-03-31 (the last bill, line 2, ends 2025-03-28 but the period ends 2025-03-31)",
        ], PeriodRules.CheckTiling(FirstQuarter2025, bills).Select(v => v.Message));
    }

    [Fact]
    public void Bills_sharing_an_inclusive_end_day_overlap()
    {
        var bills = new[] { Bill(2, "2025-01-01", "2025-01-31"), Bill(3, "2025-01-31", "2025-03-31") };

        Assert.Equal(
            "overlap: line 2 (2025-01-01 to 2025-01-31) and line 3 (2025-01-31 to 2025-03-31) both cover 2025-01-31",
            Assert.Single(PeriodRules.CheckTiling(FirstQuarter2025, bills)).Message);
    }

    [Fact]
    public void A_bill_reaching_past_the_period_is_outside()
    {
        var bills = new[] { Bill(2, "2025-01-01", "2025-02-28"), Bill(3, "2025-03-01", "2025-04-02") };

        Assert.Equal(
            "outside: line 3 (2025-03-01 to 2025-04-02) extends beyond the period 2025-01-01 to 2025-03-31: 2025-04-01 to 2025-04-02 is outside it",
            Assert.Single(PeriodRules.CheckTiling(FirstQuarter2025, bills)).Message);
    }

    [Fact]
    public void No_bills_at_all_is_one_gap()
    {
        Assert.Equal("gap: no bill covers 2025-01-01 to 2025-03-31 (there are no bills)",
            Assert.Single(PeriodRules.CheckTiling(FirstQuarter2025, [])).Message);
    }

    [Fact]
    public void Discrete_activities_must_fall_inside_the_period()
    {
        var flights = new[] { Bill(2, "2025-03-31", "2025-03-31"), Bill(3, "2025-04-01", "2025-04-01") };

        Assert.Equal("outside: line 3 (2025-04-01) is not inside the period 2025-01-01 to 2025-03-31",
            Assert.Single(PeriodRules.CheckInside(FirstQuarter2025, flights)).Message);
    }

    [Fact]
    public void Token_coverage_speaks_of_records()
    {
        var records = new[]
        {
            new PeriodEntry("record 7", new DatePeriod(D("2025-01-01"), D("2025-01-31"))),
            new PeriodEntry("record 9", new DatePeriod(D("2025-03-01"), D("2025-03-31"))),
        };

        Assert.Equal("gap: no record covers 2025-02-01 to 2025-02-28 (between record 7 ending 2025-01-31 and record 9 starting 2025-03-01)",
            Assert.Single(PeriodRules.CheckCoverage(FirstQuarter2025, records)).Message);
    }

    [Fact]
    public void Overlapping_records_of_a_subject_are_all_reported()
    {
        var records = new[]
        {
            new PeriodEntry("record 1", new DatePeriod(D("2025-01-01"), D("2025-06-30"))),
            new PeriodEntry("record 2", new DatePeriod(D("2025-02-01"), D("2025-02-28"))),
            new PeriodEntry("record 3", new DatePeriod(D("2025-06-30"), D("2025-07-31"))),
            new PeriodEntry("record 4", new DatePeriod(D("2025-08-01"), D("2025-08-31"))),
        };

        Assert.Equal(
        [
            "overlap: record 1 (2025-01-01 to 2025-06-30) and record 2 (2025-02-01 to 2025-02-28) both cover 2025-02-01 to 2025-02-28",
            "overlap: record 1 (2025-01-01 to 2025-06-30) and record 3 (2025-06-30 to 2025-07-31) both cover 2025-06-30",
        ], PeriodRules.FindOverlaps(records).Select(v => v.Message));
    }

    [Fact]
    public void A_period_cannot_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => new DatePeriod(D("2025-02-01"), D("2025-01-31")));
        Assert.Equal(1, new DatePeriod(D("2025-02-01"), D("2025-02-01")).Days);
        Assert.Equal(365, new DatePeriod(D("2025-01-01"), D("2025-12-31")).Days);
    }

    private static PeriodEntry Bill(int line, string start, string end) => new($"line {line}", new DatePeriod(D(start), D(end)));

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");
}
