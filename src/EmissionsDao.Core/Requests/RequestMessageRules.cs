namespace EmissionsDao.Core.Requests;

public static class RequestMessageRules
{
    public const int MaxTextLength = 4000;

    public const int MaxAttachments = 10;

    /// <summary>Why a message cannot be sent as it is, or null.</summary>
    public static string? Problem(string? text, int attachmentCount) =>
        string.IsNullOrWhiteSpace(text) && attachmentCount == 0 ? "Write a message or attach a document."
        : text?.Length > MaxTextLength ? $"A message is at most {MaxTextLength:N0} characters; this one has {text.Length:N0}."
        : attachmentCount > MaxAttachments ? $"At most {MaxAttachments} documents per message."
        : null;
}
