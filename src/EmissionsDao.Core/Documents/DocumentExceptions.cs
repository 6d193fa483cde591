namespace EmissionsDao.Core.Documents;

/// <summary>The reader is not one of the document's recipients.</summary>
public sealed class DocumentAccessDeniedException(string reader)
    : Exception($"{reader} may not read this document: only its requester and the auditors drawn for it can.")
{
    public string Reader { get; } = reader;
}

/// <summary>A document the portal does not accept (size, type, content); the message says what to change.</summary>
public sealed class DocumentRejectedException(string message) : Exception(message);

/// <summary>The stored document does not decrypt or does not match its hashes: it was altered, or the master key changed.</summary>
public sealed class DocumentIntegrityException(string message, Exception? inner = null) : Exception(message, inner);
