using EmissionsDao.Chain.Deployment;

namespace EmissionsDao.Chain;

/// <summary>
/// Bound from the "Chain" section. With no <see cref="RpcUrl"/> the portal runs its embedded dev chain:
/// anvil as a child process, contracts deployed on first start, demo accounts funded.
/// </summary>
public sealed class ChainOptions
{
    public const string SectionName = "Chain";

    public const long DevChainId = 31337;

    /// <summary>External JSON-RPC endpoint. Empty: embedded anvil.</summary>
    public string? RpcUrl { get; set; }

    /// <summary>Expected chain id; checked against the node at start.</summary>
    public long ChainId { get; set; } = DevChainId;

    /// <summary>Deployed contract addresses on an external chain (the embedded chain records its own).</summary>
    public ContractAddresses? Addresses { get; set; }

    /// <summary>Private key (0x-hex) of the relayer that submits users' signed messages and pays gas.</summary>
    public string? RelayerPrivateKey { get; set; }

    /// <summary>Path of the anvil binary. Empty: the one installed by <c>npm ci</c> in contracts/.</summary>
    public string? AnvilPath { get; set; }

    /// <summary>Port for the embedded anvil; 0 picks a free one.</summary>
    public int AnvilPort { get; set; } = 8545;

    /// <summary>Keep anvil's state across restarts (a state file in the data directory).</summary>
    public bool PersistLocalChain { get; set; } = true;

    /// <summary>Seconds to wait for a transaction receipt before reporting a timeout.</summary>
    public int ReceiptTimeoutSeconds { get; set; } = 60;

    public bool UsesEmbeddedChain => string.IsNullOrWhiteSpace(RpcUrl);
}
