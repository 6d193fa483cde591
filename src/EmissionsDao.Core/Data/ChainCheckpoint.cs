namespace EmissionsDao.Core.Data;

/// <summary>The last chain block whose events a named indexer stream has fully applied; it resumes after it.</summary>
public sealed class ChainCheckpoint
{
    public required string Stream { get; set; }

    public long ChainId { get; set; }

    public long LastProcessedBlock { get; set; }

    /// <summary>Hash of <see cref="LastProcessedBlock"/> (0x hex): if the chain no longer has it, the chain was reset or reorganised.</summary>
    public string? LastProcessedBlockHash { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
