namespace EmissionsDao.Chain.Indexing;

/// <summary>What one committed batch of the indexer covered.</summary>
public sealed record ChainEventsIndexed(long FromBlock, long ToBlock, IReadOnlyList<string> EventNames);

/// <summary>
/// In-process notification that new chain events are in the database, so that pages refresh live. Handlers run on
/// the indexer's thread: a component should hop to its renderer with InvokeAsync.
/// </summary>
public sealed class ChainIndexNotifier
{
    public event Action<ChainEventsIndexed>? EventsIndexed;

    /// <summary>The last batch committed, if any since the portal started.</summary>
    public ChainEventsIndexed? Last { get; private set; }

    internal void Publish(ChainEventsIndexed indexed)
    {
        Last = indexed;
        EventsIndexed?.Invoke(indexed);
    }
}
