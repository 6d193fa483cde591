using Nethereum.ABI.FunctionEncoding;
using Nethereum.Contracts;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace EmissionsDao.Chain.Audits;

/// <summary>
/// Sends contract calls from one account: estimates gas (a revert surfaces here, before anything is sent), sends,
/// waits for the receipt within a timeout and checks its status. A custom-error revert becomes a
/// <see cref="ContractRevertedException"/> with the sentence from <see cref="ContractErrorMessages"/>.
/// The estimate gets a margin: the panel draw depends on the block's randomness, so the mined transaction can walk
/// a different (longer) path through the sum tree than the estimate did.
/// </summary>
public sealed class ContractTransactionSender(IWeb3 web3, TimeSpan? receiptTimeout = null)
{
    public IWeb3 Web3 { get; } = web3;

    public string Address => Web3.TransactionManager.Account.Address;

    public async Task<TransactionReceipt> SendAsync<TFunction>(string contractAddress, TFunction function, CancellationToken cancellationToken = default)
        where TFunction : FunctionMessage, new()
    {
        try
        {
            if (function.Gas is null)
            {
                var estimate = await Web3.Eth.GetContractTransactionHandler<TFunction>().EstimateGasAsync(contractAddress, function);
                function.Gas = new HexBigInteger((estimate.Value * 5 / 4) + 20_000);
            }

            return await Web3.SendAsync(contractAddress, function, cancellationToken, receiptTimeout);
        }
        catch (SmartContractCustomErrorRevertException revert)
        {
            throw new ContractRevertedException(FunctionName<TFunction>(), ContractErrorMessages.Decode(revert.ExceptionEncodedData), revert);
        }
        catch (SmartContractRevertException revert)
        {
            throw new ContractRevertedException(FunctionName<TFunction>(), new DecodedContractError("Error", new Dictionary<string, object?>(), revert.RevertMessage), revert);
        }
    }

    private static string FunctionName<TFunction>() => typeof(TFunction).Name.Replace("Function", "", StringComparison.Ordinal);
}
