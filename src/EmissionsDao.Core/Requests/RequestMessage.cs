namespace EmissionsDao.Core.Requests;

/// <summary>A message in a request's thread between the requester and the drawn auditors, with its attachments.</summary>
public sealed class RequestMessage
{
    public long Id { get; set; }

    public long RequestId { get; set; }

    /// <summary>0x + 40 hex digits, lower case.</summary>
    public required string AuthorAddress { get; set; }

    public required string Text { get; set; }

    public DateTime SentUtc { get; set; }

    public List<StoredDocument> Attachments { get; set; } = [];
}
