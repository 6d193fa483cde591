using System.Numerics;

namespace EmissionsDao.Core.Data.ChainIndex;

/// <summary>The money of one token around the audit escrow and the treasury, summed from the indexed flows.</summary>
public sealed record TreasuryLedger(string Token, IReadOnlyDictionary<TreasuryFlowKind, BigInteger> Totals)
{
    public BigInteger Total(TreasuryFlowKind kind) => Totals.GetValueOrDefault(kind);

    /// <summary>Fees paid in and not yet credited to anyone: requests still being audited.</summary>
    public BigInteger Escrow => Total(TreasuryFlowKind.FeeIn) - Total(TreasuryFlowKind.AuditorPayout) - Total(TreasuryFlowKind.ProtocolShare) - Total(TreasuryFlowKind.Refund);

    /// <summary>What the treasury (timelock) holds of this token.</summary>
    public BigInteger TreasuryBalance => Total(TreasuryFlowKind.TreasuryIn) - Total(TreasuryFlowKind.TreasuryOut);

    public static IReadOnlyList<TreasuryLedger> From(IEnumerable<TreasuryFlow> flows) =>
        flows.GroupBy(f => f.Token)
            .Select(byToken => new TreasuryLedger(
                byToken.Key,
                byToken.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Aggregate(BigInteger.Zero, (sum, f) => sum + BigInteger.Parse(f.Amount)))))
            .OrderBy(l => l.Token, StringComparer.Ordinal)
            .ToList();
}
