namespace EmissionsDao.Chain;

/// <summary>
/// The chain cannot be used as configured. The message is one line for the operator that says what to fix;
/// the host prints it instead of a stack trace.
/// </summary>
public sealed class ChainConfigurationException(string message, Exception? innerException = null)
    : Exception(message, innerException);
