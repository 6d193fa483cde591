using EmissionsDao.Core.Activities;

namespace EmissionsDao.Core.Data;

/// <summary>
/// An activity row as uploaded, kept in its canonical JSON form (exact decimals as text, readable by
/// <see cref="Import.ActivityJsonImporter"/>), with the grams computed for it.
/// </summary>
public sealed class StoredActivityRow
{
    public long Id { get; set; }

    public long BatchId { get; set; }

    /// <summary>Line in the uploaded file.</summary>
    public int LineNumber { get; set; }

    public ActivityKind Kind { get; set; }

    /// <summary>Activity date, or start of the billing period (stored as a day number).</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Activity date, or end of the billing period, inclusive (stored as a day number).</summary>
    public DateOnly EndDate { get; set; }

    /// <summary><see cref="Activity.ToCanonicalJson"/>: the exact input, also what the activity-data hash is computed over.</summary>
    public required string CanonicalJson { get; set; }

    /// <summary>The row's emissions in integer grams CO2e (display; the batch total is taken from the exact kg sum).</summary>
    public long Grams { get; set; }

    /// <summary>Factor set key and publisher row id of the factor used; null for "other" rows.</summary>
    public string? FactorSetKey { get; set; }

    public string? FactorPublisherRowId { get; set; }

    public bool AuditorMustConfirm { get; set; }
}
