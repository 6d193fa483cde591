namespace EmissionsDao.Core.Import;

/// <summary>Limits on uploaded activity files (bind from the "Import" configuration section).</summary>
public sealed class ImportOptions
{
    public const string SectionName = "Import";

    /// <summary>Largest accepted file, in bytes (default 10 MB).</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most data rows accepted in one file (default 100,000).</summary>
    public int MaxRows { get; set; } = 100_000;

    /// <summary>Errors reported before the importer stops reading (default 1,000).</summary>
    public int MaxErrors { get; set; } = 1_000;
}
