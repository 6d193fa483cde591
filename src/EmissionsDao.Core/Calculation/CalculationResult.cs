using System.Globalization;
using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Factors;

namespace EmissionsDao.Core.Calculation;

/// <summary>The factor a row was computed with, as published, and the value actually applied in kg CO2e per activity unit.</summary>
/// <param name="SetKey">The factor set, e.g. "desnz-ghg-2025".</param>
/// <param name="SetHash">The content hash of that set.</param>
/// <param name="KgCo2ePerUnit">The published value converted to kg CO2e (e.g. eGRID lb/MWh × 0.45359237 / 1000 per kWh).</param>
/// <param name="Unit">The activity unit <paramref name="KgCo2ePerUnit"/> applies to, e.g. "tonne.km" or "kWh".</param>
public sealed record FactorUsed(string SetKey, Sha256Digest SetHash, Factor Factor, decimal KgCo2ePerUnit, string Unit)
{
    public string Source => $"{Factor.Publisher} {Factor.Year}, {Factor.PublisherRowId} ({Factor.Category}), {Factor.Licence}";
}

/// <summary>The emissions of one activity row (a struct: a 100,000-row file should not cost 100,000 more objects).</summary>
/// <param name="Index">Position of the row in the input (0-based).</param>
/// <param name="KgCo2e">kg CO2e, rounded to the milligram.</param>
/// <param name="Quantity">The activity amount the factor multiplies, in <see cref="FactorUsed.Unit"/> (tonne.km, passenger.km, kWh, litres…).</param>
/// <param name="Factor">Null for "other" rows, which are entered in kg CO2e.</param>
/// <param name="AuditorMustConfirm">True for amounts the requester entered directly ("other").</param>
/// <param name="Route">Airports, distances and haul band for flights and air freight between airports.</param>
public readonly record struct RowEmissions(
    int Index,
    Activity Activity,
    decimal KgCo2e,
    decimal Quantity,
    FactorUsed? Factor,
    bool AuditorMustConfirm,
    FlightRoute? Route)
{
    /// <summary>The arithmetic in words, e.g. "2 t × 300 km = 600 tonne.km × 0.02779 kg CO2e/tonne.km (DESNZ 2025, 27_315_3151_14_1) = 16.674 kg CO2e".</summary>
    public string Explanation => RowExplanation.Describe(this);
}

public readonly record struct CalendarMonth(int Year, int Month) : IComparable<CalendarMonth>
{
    public static CalendarMonth Of(DateOnly day) => new(day.Year, day.Month);

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public int CompareTo(CalendarMonth other) => (Year * 12) + Month - ((other.Year * 12) + other.Month);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}

public sealed record KindTotal(ActivityKind Kind, decimal KgCo2e);

public sealed record MonthTotal(CalendarMonth Month, decimal KgCo2e);

/// <summary>
/// Rows, totals and the two hashes an audit anchors on chain. Same rows (in any order) and the same factor library
/// give the same totals and hashes, bit for bit.
/// </summary>
public sealed class CalculationResult
{
    private readonly Lazy<Sha256Digest> _activityDataHash;

    internal CalculationResult(
        IReadOnlyList<RowEmissions> rows,
        decimal totalKgCo2e,
        IReadOnlyList<KindTotal> byKind,
        IReadOnlyList<MonthTotal> byMonth,
        Func<Sha256Digest> activityDataHash,
        FactorLibrary library)
    {
        Rows = rows;
        TotalKgCo2e = totalKgCo2e;
        ByKind = byKind;
        ByMonth = byMonth;
        _activityDataHash = new Lazy<Sha256Digest>(activityDataHash);
        FactorLibraryHash = library.ContentHash;
        FactorLibraryVersion = library.Version;
    }

    /// <summary>One result per input row, in input order.</summary>
    public IReadOnlyList<RowEmissions> Rows { get; }

    public decimal TotalKgCo2e { get; }

    /// <summary>The total as integer grams, as written on chain (<see cref="EmissionsUnits.ToGrams"/>).</summary>
    public long TotalGrams => EmissionsUnits.ToGrams(TotalKgCo2e);

    /// <summary>Totals per activity kind, in <see cref="ActivityKind"/> order, kinds without rows left out.</summary>
    public IReadOnlyList<KindTotal> ByKind { get; }

    /// <summary>
    /// Totals per calendar month, oldest first. Discrete rows count in the month of their date; metered rows are split
    /// pro rata by days across the months their billing period touches (each share rounded to the milligram, the
    /// last month taking the remainder so the shares add up to the row exactly).
    /// </summary>
    public IReadOnlyList<MonthTotal> ByMonth { get; }

    /// <summary>
    /// SHA-256 over the canonical rows, sorted (see <see cref="CanonicalActivity.HashRows"/>). Computed on first use:
    /// a preview of the totals does not need it, anchoring a request does.
    /// </summary>
    public Sha256Digest ActivityDataHash => _activityDataHash.Value;

    /// <summary>The content hash of the factor library the rows were computed with.</summary>
    public Sha256Digest FactorLibraryHash { get; }

    public string FactorLibraryVersion { get; }

    public string MethodVersion => EmissionsCalculator.MethodVersion;

    /// <summary>The factor sets the rows actually used, by key.</summary>
    public IReadOnlyList<(string SetKey, Sha256Digest SetHash)> FactorSetsUsed =>
        Rows.Where(r => r.Factor is not null)
            .Select(r => (r.Factor!.SetKey, r.Factor.SetHash))
            .Distinct()
            .OrderBy(s => s.SetKey, StringComparer.Ordinal)
            .ToList();
}
