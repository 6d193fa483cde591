namespace EmissionsDao.Core.Data.ChainIndex;

/// <summary>
/// One contract event mirrored from the chain, unique by (block, log index): replaying a block finds it already
/// stored and changes nothing. <see cref="PayloadJson"/> holds the decoded fields (uint256 as decimal text, bytes as 0x hex).
/// </summary>
public sealed class IndexedChainEvent
{
    public long Id { get; set; }

    public long BlockNumber { get; set; }

    public int LogIndex { get; set; }

    public required string TransactionHash { get; set; }

    /// <summary>Unix seconds of the block.</summary>
    public long BlockTimestamp { get; set; }

    /// <summary>The contract by its role, e.g. "AuditRegistry".</summary>
    public required string Contract { get; set; }

    /// <summary>The Solidity event name, e.g. "RequestCreated".</summary>
    public required string EventName { get; set; }

    /// <summary>The audit request the event belongs to, when it has one.</summary>
    public long? RequestId { get; set; }

    /// <summary>The main account of the event (requester, auditor, payee, voter…), lower case.</summary>
    public string? Account { get; set; }

    public required string PayloadJson { get; set; }
}
