namespace EmissionsDao.Core.Data.ChainIndex;

/// <summary>An emissions record written on chain (RecordWritten), with the token it backs once tokenized.</summary>
public sealed class IndexedEmissionsRecord
{
    public long RecordId { get; set; }

    /// <summary>bytes32 subject key, 0x hex.</summary>
    public required string SubjectKey { get; set; }

    public required string Owner { get; set; }

    /// <summary>First day, inclusive (stored as a day number).</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Last day, inclusive (stored as a day number).</summary>
    public DateOnly EndDate { get; set; }

    public long Grams { get; set; }

    public long RequestId { get; set; }

    /// <summary>The token this record backs; a record backs at most one token, ever.</summary>
    public long? TokenId { get; set; }

    public long WrittenBlock { get; set; }

    public long WrittenTimestamp { get; set; }
}
