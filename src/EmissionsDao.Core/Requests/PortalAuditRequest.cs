using EmissionsDao.Core.Data;
using EmissionsDao.Core.Periods;

namespace EmissionsDao.Core.Requests;

/// <summary>
/// An audit request as the portal knows it: the stored activity batch it was made from, its subject, period and
/// requester, and once relayed the chain request id and the panel drawn. The chain stays the source of truth for its
/// status; access checks read the panel from the chain, <see cref="PanelAddresses"/> only lists requests fast.
/// </summary>
public sealed class PortalAuditRequest
{
    public long Id { get; set; }

    /// <summary>The AuditRegistry request id (a uint256 as decimal text), once the request is on chain.</summary>
    public string? ChainRequestId { get; set; }

    public long BatchId { get; set; }

    public ActivityBatch? Batch { get; set; }

    public long SubjectId { get; set; }

    public Subject? Subject { get; set; }

    /// <summary>0x + 40 hex digits, lower case.</summary>
    public required string RequesterAddress { get; set; }

    /// <summary>First day, inclusive (stored as a day number).</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Last day, inclusive (stored as a day number).</summary>
    public DateOnly EndDate { get; set; }

    public DatePeriod Period => new(StartDate, EndDate);

    /// <summary>The bytes32 subject key signed into the request (<see cref="SubjectChainKey.Of"/>).</summary>
    public required byte[] SubjectChainKey { get; set; }

    /// <summary>The factor-library hash of the calculation, signed into the request as its factor-set hash.</summary>
    public required byte[] FactorSetHash { get; set; }

    public required byte[] ActivityDataHash { get; set; }

    /// <summary>The panel drawn on chain, lower-case addresses separated by commas (empty until drawn).</summary>
    public string PanelAddresses { get; set; } = "";

    public IReadOnlyList<string> Panel => PanelAddresses.Length == 0 ? [] : PanelAddresses.Split(',');

    public DateTime CreatedUtc { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    public List<StoredDocument> Documents { get; set; } = [];

    public List<RequestMessage> Messages { get; set; } = [];
}
