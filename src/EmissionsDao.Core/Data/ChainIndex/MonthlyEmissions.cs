namespace EmissionsDao.Core.Data.ChainIndex;

/// <summary>Grams of one calendar month ("yyyy-MM").</summary>
public sealed record MonthGrams(string Month, long Grams);

/// <summary>
/// Spreads records over the calendar months they touch, pro rata by days (the last month takes the rounding
/// remainder), so that a quarter's record shows in each of its three months. Integer grams throughout.
/// </summary>
public static class MonthlyEmissions
{
    public static IReadOnlyList<MonthGrams> Of(IEnumerable<IndexedEmissionsRecord> records)
    {
        var totals = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var days = record.EndDate.DayNumber - record.StartDate.DayNumber + 1;
            var assigned = 0L;
            for (var monthStart = new DateOnly(record.StartDate.Year, record.StartDate.Month, 1); monthStart <= record.EndDate; monthStart = monthStart.AddMonths(1))
            {
                var from = monthStart < record.StartDate ? record.StartDate : monthStart;
                var monthEnd = monthStart.AddMonths(1).AddDays(-1);
                var to = monthEnd > record.EndDate ? record.EndDate : monthEnd;
                var grams = to == record.EndDate
                    ? record.Grams - assigned
                    : (long)((decimal)record.Grams * (to.DayNumber - from.DayNumber + 1) / days);
                assigned += grams;
                var key = monthStart.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
                totals[key] = totals.GetValueOrDefault(key) + grams;
            }
        }

        return [.. totals.Select(t => new MonthGrams(t.Key, t.Value))];
    }
}
