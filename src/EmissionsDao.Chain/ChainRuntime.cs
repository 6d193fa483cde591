namespace EmissionsDao.Chain;

/// <summary>Holds the <see cref="ChainConnection"/> that <see cref="ChainStartup"/> establishes before the portal serves.</summary>
public sealed class ChainRuntime
{
    private ChainConnection? _connection;

    public ChainRuntime()
    {
    }

    /// <summary>Already connected: for tools and tests that manage the chain themselves.</summary>
    public ChainRuntime(ChainConnection connection) => _connection = connection;

    public ChainConnection Connection =>
        _connection ?? throw new InvalidOperationException("The chain is not connected yet: ChainStartup runs before the portal serves requests.");

    public bool IsConnected => _connection is not null;

    internal void Attach(ChainConnection connection) => _connection = connection;
}
