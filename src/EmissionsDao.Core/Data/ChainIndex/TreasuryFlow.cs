namespace EmissionsDao.Core.Data.ChainIndex;

public enum TreasuryFlowKind
{
    /// <summary>A requester's fee moved into the registry's escrow.</summary>
    FeeIn,

    /// <summary>An auditor's share of a fee, credited for withdrawal.</summary>
    AuditorPayout,

    /// <summary>The protocol share of a fee, credited to the treasury (timelock).</summary>
    ProtocolShare,

    /// <summary>A fee credited back to the requester (nobody revealed).</summary>
    Refund,

    /// <summary>A credit withdrawn from the registry by its payee.</summary>
    Withdrawal,

    /// <summary>Tokens received by the treasury (timelock).</summary>
    TreasuryIn,

    /// <summary>Tokens sent by the treasury (timelock).</summary>
    TreasuryOut,
}

/// <summary>One movement of money around the audit escrow and the treasury, unique by (block, log index).</summary>
public sealed class TreasuryFlow
{
    public long Id { get; set; }

    public long BlockNumber { get; set; }

    public int LogIndex { get; set; }

    public long BlockTimestamp { get; set; }

    public TreasuryFlowKind Kind { get; set; }

    /// <summary>ERC-20 contract, lower case.</summary>
    public required string Token { get; set; }

    /// <summary>Payer or payee, lower case.</summary>
    public required string Account { get; set; }

    public long? RequestId { get; set; }

    /// <summary>Amount in the token's smallest unit (uint256 as decimal text).</summary>
    public required string Amount { get; set; }
}
