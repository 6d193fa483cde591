using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace EmissionsDao.Chain.Audits;

/// <summary>
/// Sends contract calls from an account whose key the portal holds (the relayer, a dev account) through
/// <see cref="ChainTransactions"/> (gas estimated with a margin, receipt awaited within a timeout, status checked); a
/// revert becomes a <see cref="ContractRevertedException"/> with the sentence from <see cref="ContractErrorMessages"/>.
/// </summary>
public sealed class ContractTransactionSender(IWeb3 web3, TimeSpan? receiptTimeout = null) : ITransactionSender
{
    public IWeb3 Web3 { get; } = web3;

    public string Address => Web3.TransactionManager.Account.Address;

    public Task<TransactionReceipt> SendAsync<TFunction>(string contractAddress, TFunction function, CancellationToken cancellationToken = default)
        where TFunction : FunctionMessage, new() =>
        ContractReverts.TranslateAsync<TFunction, TransactionReceipt>(() => Web3.SendAsync(contractAddress, function, cancellationToken, receiptTimeout));
}
