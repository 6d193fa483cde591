using System.Numerics;
using Nethereum.Contracts;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace EmissionsDao.Chain;

/// <summary>
/// The one way the portal sends a contract call with a key it holds, and waits for its receipt: gas is estimated
/// first, with a margin (anvil was seen to hang without a gas value; a revert surfaces in the estimate, before anything
/// is sent), the wait is bounded, and a mined-but-reverted receipt is an error rather than a silent success.
/// <see cref="Audits.ContractTransactionSender"/> adds the plain-English revert on top; browser wallets send what
/// <see cref="WalletTransactions"/> prepares with the same margin.
/// </summary>
public static class ChainTransactions
{
    public static readonly TimeSpan DefaultReceiptTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The estimate plus a quarter and 20,000: the panel draw depends on the block's randomness, so the mined
    /// transaction can walk a different (longer) path through the sum tree than the estimate did.
    /// </summary>
    public static BigInteger GasWithMargin(BigInteger estimate) => (estimate * 5 / 4) + 20_000;

    public static async Task<TransactionReceipt> SendAsync<TFunction>(
        this IWeb3 web3, string contractAddress, TFunction function, CancellationToken cancellationToken = default, TimeSpan? timeout = null)
        where TFunction : FunctionMessage, new()
    {
        var handler = web3.Eth.GetContractTransactionHandler<TFunction>();
        function.Gas ??= new HexBigInteger(GasWithMargin((await handler.EstimateGasAsync(contractAddress, function)).Value));
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
