using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace EmissionsDao.Chain;

/// <summary>
/// Sends a contract call and waits for its receipt: gas is estimated first (anvil was seen to hang without it),
/// the wait is bounded, and a mined-but-reverted receipt is an error rather than a silent success.
/// </summary>
public static class ChainTransactions
{
    public static readonly TimeSpan DefaultReceiptTimeout = TimeSpan.FromSeconds(60);

    public static async Task<TransactionReceipt> SendAsync<TFunction>(
        this IWeb3 web3, string contractAddress, TFunction function, CancellationToken cancellationToken = default, TimeSpan? timeout = null)
        where TFunction : FunctionMessage, new()
    {
        var handler = web3.Eth.GetContractTransactionHandler<TFunction>();
        function.Gas ??= await handler.EstimateGasAsync(contractAddress, function);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout ?? DefaultReceiptTimeout);
        TransactionReceipt receipt;
        try
        {
            receipt = await handler.SendRequestAndWaitForReceiptAsync(contractAddress, function, timeoutSource);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{typeof(TFunction).Name} to {contractAddress} was not mined within {(timeout ?? DefaultReceiptTimeout).TotalSeconds:0} s");
        }

        return receipt.Succeeded()
            ? receipt
            : throw new InvalidOperationException($"{typeof(TFunction).Name} to {contractAddress} reverted in transaction {receipt.TransactionHash}");
    }

    public static async Task<TransactionReceipt> DeployAsync<TDeployment>(this IWeb3 web3, TDeployment deployment, CancellationToken cancellationToken = default)
        where TDeployment : ContractDeploymentMessage, new()
    {
        var handler = web3.Eth.GetContractDeploymentHandler<TDeployment>();
        deployment.Gas ??= await handler.EstimateGasAsync(deployment);
        var receipt = await handler.SendRequestAndWaitForReceiptAsync(deployment, CancellationTokenSource.CreateLinkedTokenSource(cancellationToken));
        return receipt.Succeeded() && receipt.ContractAddress is not null
            ? receipt
            : throw new InvalidOperationException($"deploying {typeof(TDeployment).Name} failed in transaction {receipt.TransactionHash}");
    }
}
