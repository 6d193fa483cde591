namespace EmissionsDao.Chain.Indexing;

/// <summary>The "Chain:Indexer" section: how the indexer walks the chain.</summary>
public sealed class ChainIndexerOptions
{
    public const string SectionName = "Chain:Indexer";

    /// <summary>Whether the portal runs the indexer in the background.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Most blocks read (one eth_getLogs) and applied (one transaction) at a time.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>How long to wait for new blocks once caught up.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Blocks to stay behind the head, on chains that can reorganise (0 on anvil and instant-finality chains).</summary>
    public int Confirmations { get; set; }

    /// <summary>First block to read, e.g. the deployment block on a long-lived public chain.</summary>
    public long StartBlock { get; set; }
}
