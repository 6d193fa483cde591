namespace EmissionsDao.Core.Data;

/// <summary>
/// The database cannot be used as configured (unreachable server, refused login, unopenable file). The message is
/// one line for the operator that says what to fix; the host prints it instead of a stack trace.
/// </summary>
public sealed class DatabaseConfigurationException(string message, Exception? innerException = null)
    : Exception(message, innerException);
