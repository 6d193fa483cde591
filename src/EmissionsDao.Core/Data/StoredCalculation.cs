namespace EmissionsDao.Core.Data;

/// <summary>The result of calculating a batch with one factor library: the hashes an audit anchors, and totals in grams.</summary>
public sealed class StoredCalculation
{
    public long Id { get; set; }

    public long BatchId { get; set; }

    public required byte[] ActivityDataHash { get; set; }

    public required byte[] FactorLibraryHash { get; set; }

    public required string FactorLibraryVersion { get; set; }

    public required string MethodVersion { get; set; }

    /// <summary>Total in integer grams CO2e (<see cref="Calculation.EmissionsUnits.ToGrams"/> of the exact kg total).</summary>
    public long TotalGrams { get; set; }

    public DateTime CalculatedUtc { get; set; }

    public List<StoredCalculationTotal> Totals { get; set; } = [];
}

public enum CalculationTotalDimension
{
    /// <summary><see cref="StoredCalculationTotal.Key"/> is an activity kind code, e.g. "shipment".</summary>
    Kind,

    /// <summary><see cref="StoredCalculationTotal.Key"/> is a calendar month, e.g. "2025-01".</summary>
    Month,
}

/// <summary>A subtotal of a calculation, by activity kind or by calendar month, in integer grams.</summary>
public sealed class StoredCalculationTotal
{
    public long Id { get; set; }

    public long CalculationId { get; set; }

    public CalculationTotalDimension Dimension { get; set; }

    public required string Key { get; set; }

    public long Grams { get; set; }
}
