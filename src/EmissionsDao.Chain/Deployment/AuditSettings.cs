using System.Numerics;

namespace EmissionsDao.Chain.Deployment;

/// <summary>An auditor registered at deployment with its starting reputation (REP base units, 18 decimals).</summary>
public sealed record InitialAuditor(string Address, BigInteger Reputation);

/// <summary>
/// Audit parameters the registry is deployed with; afterwards only the timelock (a passed proposal) changes them.
/// Phase durations are short enough for a demo and long enough for a human auditor to look at the documents.
/// </summary>
public sealed record AuditSettings
{
    public static readonly BigInteger Rep = BigInteger.Pow(10, 18);

    public static readonly AuditSettings DevChain = new()
    {
        InitialAuditors =
        [
            new(LocalChain.DevAccounts.ByName("Bob").Address, 1_000 * Rep),
            new(LocalChain.DevAccounts.ByName("Carol").Address, 800 * Rep),
            new(LocalChain.DevAccounts.ByName("Dave").Address, 600 * Rep),
        ],
    };

    /// <summary>Fee in fee-token base units (the dev stablecoin has 6 decimals: 100 tUSD).</summary>
    public BigInteger Fee { get; init; } = 100_000_000;

    /// <summary>1 draws a single random auditor; more draws a panel (at most 7).</summary>
    public byte PanelSize { get; init; } = 1;

    public bool AlwaysVote { get; init; }

    /// <summary>Weighted mean absolute deviation from the median (basis points of the median) above which a request escalates.</summary>
    public ushort DispersionThresholdBps { get; init; } = 2_000;

    /// <summary>Deviation from the final total that still counts as coherent and earns reputation.</summary>
    public ushort CoherenceToleranceBps { get; init; } = 500;

    public ushort ProtocolShareBps { get; init; } = 1_000;

    /// <summary>Share of its reputation an auditor loses for a missed commit or reveal.</summary>
    public ushort MissPenaltyBps { get; init; } = 1_000;

    public uint CommitSeconds { get; init; } = 3 * 24 * 3600;

    public uint RevealSeconds { get; init; } = 2 * 24 * 3600;

    public BigInteger CoherenceReward { get; init; } = 10 * Rep;

    /// <summary>Reputation halves at the end of every epoch.</summary>
    public BigInteger ReputationEpochSeconds { get; init; } = 90 * 24 * 3600;

    public IReadOnlyList<InitialAuditor> InitialAuditors { get; init; } = [];

    /// <summary>Community reviews: budgets reset every review epoch (fixed at deployment).</summary>
    public BigInteger ReviewEpochSeconds { get; init; } = 24 * 3600;

    /// <summary>REP one star above or below 3 stars awards or withdraws (a review moves at most twice this per auditor).</summary>
    public BigInteger ReviewRepPerStar { get; init; } = 5 * Rep;

    /// <summary>Governance votes (EDAO base units) per review of budget, read one second before the review epoch started.</summary>
    public BigInteger ReviewVotesPerReview { get; init; } = 10_000 * Rep;

    public ushort MaxReviewsPerEpoch { get; init; } = 5;

    /// <summary>Seconds after an audit's reveal deadline during which it can be reviewed (0: no limit).</summary>
    public uint ReviewWindowSeconds { get; init; } = 30 * 24 * 3600;
}
