using System.Globalization;

namespace EmissionsDao.Core.Data.ChainIndex;

/// <summary>Grams of one calendar month ("yyyy-MM").</summary>
public sealed record MonthGrams(string Month, long Grams);

/// <summary>
/// Spreads records over the calendar months they touch, pro rata by days (the last month takes the rounding
/// remainder), so that a quarter's record shows in each of its three months. Integer grams throughout.
/// </summary>
public sealed class MonthlyEmissions
{
    private readonly SortedDictionary<string, long> _totals = new(StringComparer.Ordinal);

    /// <summary>The months touched so far, in calendar order.</summary>
    public IReadOnlyList<MonthGrams> Totals => [.. _totals.Select(t => new MonthGrams(t.Key, t.Value))];

    public static IReadOnlyList<MonthGrams> Of(IEnumerable<IndexedEmissionsRecord> records)
    {
        var months = new MonthlyEmissions();
        foreach (var record in records)
        {
            months.Add(record.StartDate, record.EndDate, record.Grams);
        }

        return months.Totals;
    }

    /// <summary>Adds one record's grams over its inclusive period.</summary>
    public void Add(DateOnly startDate, DateOnly endDate, long grams)
    {
        var days = endDate.DayNumber - startDate.DayNumber + 1;
        var assigned = 0L;
        for (var monthStart = new DateOnly(startDate.Year, startDate.Month, 1); monthStart <= endDate; monthStart = monthStart.AddMonths(1))
        {
            var from = monthStart < startDate ? startDate : monthStart;
            var monthEnd = monthStart.AddMonths(1).AddDays(-1);
            var to = monthEnd > endDate ? endDate : monthEnd;
            var share = to == endDate
                ? grams - assigned
                : (long)((decimal)grams * (to.DayNumber - from.DayNumber + 1) / days);
            assigned += share;
            var key = monthStart.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            _totals[key] = _totals.GetValueOrDefault(key) + share;
        }
    }
}
