using System.Numerics;
using EmissionsDao.Chain.Audits;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Newtonsoft.Json.Linq;

namespace EmissionsDao.Chain;

/// <summary>A contract call the portal built for a browser wallet to send (<c>eth_sendTransaction</c>).</summary>
/// <param name="FunctionName">The contract function, as people read it ("Mint", "TransferFrom").</param>
/// <param name="Gas">The estimate with the same margin the portal's own senders use.</param>
public sealed record WalletTransaction(string FunctionName, string From, string To, string Data, BigInteger Gas, long ChainId)
{
    /// <summary>The <c>eth_sendTransaction</c> parameter, with hex quantities as EIP-1193 wallets expect them.</summary>
    public IReadOnlyDictionary<string, string> ToRequest() => new Dictionary<string, string>
    {
        ["from"] = From,
        ["to"] = To,
        ["data"] = Data,
        ["value"] = "0x0",
        ["gas"] = new HexBigInteger(Gas).HexValue,
        ["chainId"] = new HexBigInteger(ChainId).HexValue,
    };
}

/// <summary>
/// The portal's half of a transaction sent from a browser wallet: it builds the call from the generated function
/// message and estimates its gas as the sender (so a call the contract would refuse is explained before the wallet
/// even asks), then follows the hash the wallet returns until it is mined. A mined transaction that reverted is
/// replayed at its block to say why.
/// </summary>
public sealed class WalletTransactions(IWeb3 reader, long chainId, TimeSpan? pollInterval = null)
{
    /// <summary>How long a sent transaction is followed before the portal gives up waiting (it may still be mined later).</summary>
    public static readonly TimeSpan DefaultReceiptTimeout = TimeSpan.FromMinutes(5);

    private readonly TimeSpan _pollInterval = pollInterval ?? TimeSpan.FromMilliseconds(500);

    public long ChainId => chainId;

    /// <exception cref="ContractRevertedException">The contract would refuse the call from <paramref name="from"/>.</exception>
    public async Task<WalletTransaction> PrepareAsync<TFunction>(string from, string contractAddress, TFunction function)
        where TFunction : FunctionMessage, new()
    {
        function.FromAddress = from;
        var estimate = await ContractReverts.TranslateAsync<TFunction, HexBigInteger>(
            () => reader.Eth.GetContractTransactionHandler<TFunction>().EstimateGasAsync(contractAddress, function));
        return new WalletTransaction(
            ContractReverts.FunctionName<TFunction>(), from, contractAddress, function.GetCallData().ToHex(prefix: true), ChainTransactions.GasWithMargin(estimate.Value), chainId);
    }

    /// <summary>Polls for the receipt of <paramref name="hash"/>; reports the time waited after every poll.</summary>
    /// <exception cref="ContractRevertedException">The transaction was mined but reverted.</exception>
    /// <exception cref="TimeoutException">Not mined within <paramref name="timeout"/>.</exception>
    public async Task<TransactionReceipt> WaitForReceiptAsync(
        WalletTransaction transaction, string hash, IProgress<TimeSpan>? waited = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var limit = timeout ?? DefaultReceiptTimeout;
        var started = DateTime.UtcNow;
        while (true)
        {
            var receipt = await reader.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash);
            if (receipt is not null)
            {
                return receipt.Succeeded() ? receipt : throw await RevertOfAsync(transaction, receipt);
            }

            var elapsed = DateTime.UtcNow - started;
            if (elapsed >= limit)
            {
                throw new TimeoutException(
                    $"{transaction.FunctionName}: transaction {hash} was not mined within {limit.TotalMinutes:0.#} min. It may still be mined: check it in your wallet before sending it again.");
            }

            waited?.Report(elapsed);
            await Task.Delay(_pollInterval, cancellationToken);
        }
    }

    /// <summary>Replays the reverted call on the state its block started from, and decodes the error it raises there.</summary>
    private async Task<ContractRevertedException> RevertOfAsync(WalletTransaction transaction, TransactionReceipt receipt)
    {
        var mined = new InvalidOperationException($"{transaction.FunctionName} reverted in transaction {receipt.TransactionHash} (block {receipt.BlockNumber.Value}).");
        try
        {
            var before = new BlockParameter(new HexBigInteger(BigInteger.Max(receipt.BlockNumber.Value - 1, BigInteger.Zero)));
            await reader.Eth.Transactions.Call.SendRequestAsync(new CallInput(transaction.Data, transaction.To) { From = transaction.From }, before);
        }
        catch (RpcResponseException exception) when (RevertData(exception) is { } data)
        {
            // eth_call reports the revert as an RPC error whose data is the encoded custom error.
            return ContractReverts.Translate(transaction.FunctionName, new SmartContractCustomErrorRevertException(data))!;
        }

        return new ContractRevertedException(
            transaction.FunctionName,
            new DecodedContractError("Unknown", new Dictionary<string, object?>(), $"the transaction {receipt.TransactionHash} was mined but reverted, and replaying it gives no reason (it may have run out of gas, or another transaction in its block changed what it depended on)."),
            mined);
    }

    private static string? RevertData(RpcResponseException exception) => exception.RpcError?.Data switch
    {
        string text when text.StartsWith("0x", StringComparison.Ordinal) && text.Length >= 10 => text,
        JValue { Type: JTokenType.String } value when value.ToString() is { Length: >= 10 } text && text.StartsWith("0x", StringComparison.Ordinal) => text,
        _ => null,
    };
}
