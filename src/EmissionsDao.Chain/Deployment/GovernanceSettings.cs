using System.Numerics;

namespace EmissionsDao.Chain.Deployment;

/// <summary>
/// Governance parameters the dev chain is deployed with. The token's clock is the block timestamp, so every
/// duration is in seconds; they are short so that a whole proposal can be clicked through in a demo.
/// </summary>
public sealed record GovernanceSettings
{
    public static readonly GovernanceSettings DevChain = new();

    public ulong VotingDelaySeconds { get; init; } = 60;

    public uint VotingPeriodSeconds { get; init; } = 600;

    public ulong VoteExtensionSeconds { get; init; } = 120;

    public BigInteger ProposalThreshold { get; init; } = BigInteger.Zero;

    /// <summary>Percent of the total supply (at the snapshot) that must vote For or Abstain.</summary>
    public BigInteger QuorumPercent { get; init; } = 4;

    public BigInteger TimelockDelaySeconds { get; init; } = 120;
}
