using Nethereum.ABI.FunctionEncoding;
using Nethereum.Contracts;

namespace EmissionsDao.Chain.Audits;

/// <summary>What every sender does the same way with a revert: turn it into a <see cref="ContractRevertedException"/>.</summary>
public static class ContractReverts
{
    /// <summary>The function's name as people read it: <c>TransferFromFunction</c> is "TransferFrom".</summary>
    public static string FunctionName<TFunction>() => typeof(TFunction).Name.Replace("Function", "", StringComparison.Ordinal);

    /// <summary>Runs <paramref name="action"/>; a revert (custom error or reason string) becomes a <see cref="ContractRevertedException"/>.</summary>
    public static async Task<T> TranslateAsync<TFunction, T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception exception) when (Translate(FunctionName<TFunction>(), exception) is { } reverted)
        {
            throw reverted;
        }
    }

    /// <summary>The <see cref="ContractRevertedException"/> for a revert exception of Nethereum, or null for any other exception.</summary>
    public static ContractRevertedException? Translate(string functionName, Exception exception) => exception switch
    {
        SmartContractCustomErrorRevertException custom => new ContractRevertedException(functionName, ContractErrorMessages.Decode(custom.ExceptionEncodedData), custom),
        SmartContractRevertException revert => new ContractRevertedException(
            functionName, new DecodedContractError("Error", new Dictionary<string, object?>(), revert.RevertMessage), revert),
        _ => null,
    };
}
