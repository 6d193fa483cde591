namespace EmissionsDao.Core.Data.ChainIndex;

/// <summary>An audited-emissions token (EmissionsTokens), its current holder and whether it is retired.</summary>
public sealed class IndexedEmissionsToken
{
    public long TokenId { get; set; }

    public required string SubjectKey { get; set; }

    /// <summary>Current holder, lower case.</summary>
    public required string Holder { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public long Grams { get; set; }

    /// <summary>Backing records, comma separated, in the order minted.</summary>
    public required string RecordIds { get; set; }

    public bool Retired { get; set; }

    public long MintedBlock { get; set; }

    public long MintedTimestamp { get; set; }
}
