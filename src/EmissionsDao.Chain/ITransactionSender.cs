using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;

namespace EmissionsDao.Chain;

/// <summary>
/// Sends contract calls as one account and returns the receipt of the mined, successful transaction. A call the
/// contract refuses surfaces as an <see cref="Audits.ContractRevertedException"/> that says why in plain English,
/// whether the key is on the server (<see cref="Audits.ContractTransactionSender"/>) or in the user's browser wallet.
/// </summary>
public interface ITransactionSender
{
    /// <summary>The account the transactions come from.</summary>
    string Address { get; }

    Task<TransactionReceipt> SendAsync<TFunction>(string contractAddress, TFunction function, CancellationToken cancellationToken = default)
        where TFunction : FunctionMessage, new();
}
