namespace EmissionsDao.Core.Data;

/// <summary>The last chain block whose events a named indexer stream has fully applied; it resumes after it.</summary>
public sealed class ChainCheckpoint
{
    public required string Stream { get; set; }

    public long ChainId { get; set; }

    public long LastProcessedBlock { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
