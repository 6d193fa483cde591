namespace EmissionsDao.Core.Data.ChainIndex;

/// <summary>An account's reputation and auditor status after the last event that moved it.</summary>
public sealed class IndexedAuditor
{
    /// <summary>Lower case address.</summary>
    public required string Account { get; set; }

    public bool IsAuditor { get; set; }

    /// <summary>Reputation after the last change (uint256 decimal text, 18 decimals).</summary>
    public string Reputation { get; set; } = "0";

    public long LastChangedBlock { get; set; }
}
