using Bunit;
using EmissionsDao.Core.Data.ChainIndex;
using EmissionsDao.Web.Components.Records;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace EmissionsDao.Web.Tests.Records;

/// <summary>The records timeline and the monthly chart, rendered with bUnit.</summary>
public sealed class RecordComponentsTests
{
    private const string Subject = "0x8f8114ea878e6939d29134d964c06823d6f977a66ceb6ea572b49d51771f038f";

    [Fact]
    public async Task Timeline_draws_records_in_time_order_and_a_gap_between_two_records()
    {
        await using var context = NewContext();
        // Given out of order: April, then January; February-March has no record.
        var timeline = SubjectTimeline.Of(Subject, [Record(2, 2025, 4, 1, 2025, 4, 30, 4_000), Record(1, 2025, 1, 1, 2025, 1, 31, 1_000, tokenId: 7)]);

        var lane = context.Render<RecordTimeline>(parameters => parameters.Add(c => c.Timeline, timeline));

        var bars = lane.FindAll("[data-testid=record-bar]");
        Assert.Equal(["1", "2"], bars.Select(b => b.GetAttribute("data-record")));
        Assert.Equal(["2025-01-01", "2025-04-01"], bars.Select(b => b.GetAttribute("data-start")));
        var gap = Assert.Single(lane.FindAll("[data-testid=gap-marker]"));
        Assert.Equal("2025-02-01", gap.GetAttribute("data-start"));
        Assert.Equal("2025-03-31", gap.GetAttribute("data-end"));
        Assert.Equal("1 gap(s)", lane.Find("[data-testid=gap-count]").TextContent);
        Assert.Equal(59, Assert.Single(timeline.Gaps).Days);
        Assert.Contains("left: 0%", bars[0].GetAttribute("style"));

        // Never an overlap: every bar ends before the next begins.
        var periods = timeline.Records.Select(r => (r.StartDate, r.EndDate)).ToList();
        Assert.All(periods.Zip(periods.Skip(1)), pair => Assert.True(pair.First.EndDate < pair.Second.StartDate));
    }

    [Fact]
    public async Task Timeline_of_touching_records_shows_no_gap()
    {
        await using var context = NewContext();
        var timeline = SubjectTimeline.Of(Subject, [Record(1, 2025, 1, 1, 2025, 1, 31, 1), Record(2, 2025, 2, 1, 2025, 2, 28, 1), Record(3, 2025, 3, 1, 2025, 3, 31, 1)]);

        var lane = context.Render<RecordTimeline>(parameters => parameters.Add(c => c.Timeline, timeline));

        Assert.Equal(3, lane.FindAll("[data-testid=record-bar]").Count);
        Assert.Empty(lane.FindAll("[data-testid=gap-marker]"));
        Assert.Empty(lane.FindAll("[data-testid=gap-count]"));
    }

    [Fact]
    public async Task Monthly_chart_spreads_a_record_over_its_months_by_days()
    {
        await using var context = NewContext();
        // 90 days (Jan 31 + Feb 28 + Mar 31) of 90_000 g, plus April.
        IReadOnlyList<IndexedEmissionsRecord> records = [Record(1, 2025, 1, 1, 2025, 3, 31, 90_000), Record(2, 2025, 4, 1, 2025, 4, 30, 5_000)];

        var chart = context.Render<MonthlyEmissionsChart>(parameters => parameters.Add(c => c.Months, MonthlyEmissions.Of(records)));

        var figure = chart.Find("[data-testid=monthly-chart]");
        Assert.Equal("2025-01,2025-02,2025-03,2025-04", figure.GetAttribute("data-months"));
        Assert.Equal("31000,28000,31000,5000", figure.GetAttribute("data-grams"));
        Assert.NotEmpty(chart.FindAll("svg"));
    }

    [Fact]
    public async Task Monthly_chart_without_records_says_so()
    {
        await using var context = NewContext();

        var chart = context.Render<MonthlyEmissionsChart>(parameters => parameters.Add(c => c.Months, []));

        Assert.Contains("No audited records yet", chart.Find("[data-testid=monthly-chart-empty]").TextContent);
    }

    private static IndexedEmissionsRecord Record(long id, int y1, int m1, int d1, int y2, int m2, int d2, long grams, long? tokenId = null) => new()
    {
        RecordId = id,
        SubjectKey = Subject,
        Owner = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8",
        StartDate = new DateOnly(y1, m1, d1),
        EndDate = new DateOnly(y2, m2, d2),
        Grams = grams,
        RequestId = id,
        TokenId = tokenId,
        WrittenBlock = 40 + id,
    };

    private static BunitContext NewContext()
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        return context;
    }
}
