using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace EmissionsDao.Chain.Audits;

/// <summary>A contract refused a transaction; <see cref="Exception.Message"/> says why in plain English.</summary>
public sealed class ContractRevertedException(string functionName, DecodedContractError error, Exception inner)
    : Exception($"{functionName}: {error.Message}", inner)
{
    public string FunctionName { get; } = functionName;

    /// <summary>The Solidity error name, e.g. <c>PeriodOverlap</c>.</summary>
    public string ErrorName { get; } = error.Name;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = error.Arguments;

    /// <summary>Whether the revert was the custom error <typeparamref name="TError"/> (a generated error type).</summary>
    public bool IsCustomErrorFor<TError>()
        where TError : class =>
        InnerException is SmartContractCustomErrorRevertException custom && custom.IsCustomErrorFor<TError>();
}
