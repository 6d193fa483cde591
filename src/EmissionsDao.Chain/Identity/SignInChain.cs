namespace EmissionsDao.Chain.Identity;

/// <summary>What sign-in needs to know about the connected chain.</summary>
public interface ISignInChain
{
    long ChainId { get; }

    /// <summary>
    /// True only on the portal's own embedded anvil (chain id 31337), where the published dev keys may sign on the
    /// server. Never on an external chain, even one that uses chain id 31337.
    /// </summary>
    bool AllowsDevAccounts { get; }
}

internal sealed class ConnectedSignInChain(ChainRuntime runtime) : ISignInChain
{
    public long ChainId => runtime.Connection.ChainId;

    public bool AllowsDevAccounts => runtime.Connection is { IsEmbeddedDevChain: true, ChainId: ChainOptions.DevChainId };
}
