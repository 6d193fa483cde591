namespace EmissionsDao.Core.Data.ChainIndex;

/// <summary>An audit request as the registry's events tell it: created, panel drawn, then issued, declined, escalated or refunded.</summary>
public sealed class IndexedAuditRequest
{
    public long RequestId { get; set; }

    public required string Requester { get; set; }

    /// <summary>bytes32 subject key, 0x hex.</summary>
    public required string SubjectKey { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public required string ActivityHash { get; set; }

    public required string FactorSetHash { get; set; }

    public required string FeeToken { get; set; }

    /// <summary>Fee in the fee token's smallest unit (uint256 as decimal text).</summary>
    public required string Fee { get; set; }

    /// <summary>Open, Escalated, Issued, Declined or Refunded.</summary>
    public required string Status { get; set; }

    /// <summary>Drawn auditors, lower case, comma separated.</summary>
    public string Panel { get; set; } = string.Empty;

    public int Commits { get; set; }

    public int Reveals { get; set; }

    public long? Grams { get; set; }

    public int? DeclineReason { get; set; }

    public long? RecordId { get; set; }

    public long CreatedBlock { get; set; }

    public long CreatedTimestamp { get; set; }
}
