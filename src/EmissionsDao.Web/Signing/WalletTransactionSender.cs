using EmissionsDao.Chain;
using EmissionsDao.Web.Wallet;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;

namespace EmissionsDao.Web.Signing;

/// <summary>
/// Sends as a browser-wallet account: the portal builds the call and checks it (<see cref="WalletTransactions"/>),
/// the wallet signs and sends it (eth_sendTransaction), the portal follows the hash until it is mined. The wallet's
/// refusals (declined, wrong chain, wrong account) are <see cref="WalletException"/>s; the contract's are
/// <see cref="Chain.Audits.ContractRevertedException"/>s.
/// </summary>
public sealed class WalletTransactionSender(WalletInterop wallet, WalletTransactions transactions, string address, IProgress<TransactionProgress>? progress)
    : ITransactionSender
{
    public string Address => address;

    public async Task<TransactionReceipt> SendAsync<TFunction>(string contractAddress, TFunction function, CancellationToken cancellationToken = default)
        where TFunction : FunctionMessage, new()
    {
        var action = Chain.Audits.ContractReverts.FunctionName<TFunction>();
        progress?.Report(new TransactionProgress(TransactionStage.Checking, action));
        var transaction = await transactions.PrepareAsync(address, contractAddress, function);
        progress?.Report(new TransactionProgress(TransactionStage.AwaitingWallet, action));
        var hash = await wallet.SendTransactionAsync(transaction);
        progress?.Report(new TransactionProgress(TransactionStage.Mining, action, hash));
        var waited = progress is null ? null : new SynchronousProgress<TimeSpan>(elapsed => progress.Report(new TransactionProgress(TransactionStage.Mining, action, hash, elapsed)));
        return await transactions.WaitForReceiptAsync(transaction, hash, waited, cancellationToken: cancellationToken);
    }

    /// <summary>Reports inline: the outer progress already marshals to the page.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
