namespace EmissionsDao.Core.Data;

/// <summary>
/// What emissions are recorded for: one metered account or activity stream of an owner, e.g. "utility 123 / account 456"
/// or "ACME Ltd / business travel". Unique per (owner, key).
/// </summary>
public sealed class Subject
{
    public long Id { get; set; }

    /// <summary>The owner's wallet address, 0x + 40 hex digits, lower case.</summary>
    public required string OwnerAddress { get; set; }

    /// <summary>The owner's stable identifier for the subject (account number, stream name).</summary>
    public required string Key { get; set; }

    public required string DisplayName { get; set; }

    public DateTime CreatedUtc { get; set; }
}
