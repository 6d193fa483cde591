using System.Numerics;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.Contracts;

namespace EmissionsDao.Chain.Audits;

/// <summary>What every sender does the same way: the gas margin, and a revert turned into a <see cref="ContractRevertedException"/>.</summary>
public static class ContractReverts
{
    /// <summary>
    /// The estimate plus a quarter and 20,000: the panel draw depends on the block's randomness, so the mined
    /// transaction can walk a different (longer) path through the sum tree than the estimate did.
    /// </summary>
    public static BigInteger GasWithMargin(BigInteger estimate) => (estimate * 5 / 4) + 20_000;

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
