using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace EmissionsDao.Chain.Audits;

/// <summary>
/// Sends contract calls from an account whose key the portal holds (the relayer, a dev account): estimates gas with a
/// margin (a revert surfaces here, before anything is sent), sends, waits for the receipt within a timeout and checks
/// its status. A custom-error revert becomes a <see cref="ContractRevertedException"/> with the sentence from
/// <see cref="ContractErrorMessages"/>.
/// </summary>
public sealed class ContractTransactionSender(IWeb3 web3, TimeSpan? receiptTimeout = null) : ITransactionSender
{
    public IWeb3 Web3 { get; } = web3;

    public string Address => Web3.TransactionManager.Account.Address;

    public Task<TransactionReceipt> SendAsync<TFunction>(string contractAddress, TFunction function, CancellationToken cancellationToken = default)
        where TFunction : FunctionMessage, new() =>
        ContractReverts.TranslateAsync<TFunction, TransactionReceipt>(async () =>
        {
            if (function.Gas is null)
            {
                var estimate = await Web3.Eth.GetContractTransactionHandler<TFunction>().EstimateGasAsync(contractAddress, function);
                function.Gas = new Nethereum.Hex.HexTypes.HexBigInteger(ContractReverts.GasWithMargin(estimate.Value));
            }

            return await Web3.SendAsync(contractAddress, function, cancellationToken, receiptTimeout);
        });
}
