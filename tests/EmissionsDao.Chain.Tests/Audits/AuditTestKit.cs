using System.Numerics;
using System.Text;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.AuditorReputation;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.TestStablecoin;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.Chain.Tests.Infrastructure;
using Nethereum.Contracts;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Util;
using Nethereum.Web3;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>Drives audits on the shared anvil chain: signed requests through the relayer, sealed results, DAO calls as the timelock.</summary>
public sealed class AuditTestKit(AnvilFixture chain)
{
    public static readonly BigInteger Fee = 100_000_000;
    public static readonly BigInteger Rep = BigInteger.Pow(10, 18);
    public static readonly byte[] FactorSet = Hash("uk-defra-2024/v1");

    public AnvilFixture Chain { get; } = chain;

    public AuditChainService Service { get; } = new(
        chain.Reader,
        chain.Addresses,
        new AuditRelayer(new ContractTransactionSender(chain.Web3For(DevAccounts.Deployer)), chain.Addresses));

    public string Registry => Chain.Addresses.AuditRegistry!;

    public string Timelock => Chain.Addresses.Timelock!;

    public static DevAccount Account(string name) => DevAccounts.ByName(name);

    public static EthECKey Key(string name) => new(Account(name).PrivateKey);

    public static byte[] Hash(string text) => Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(text));

    public static uint Day(int year, int month, int day) => ChainDays.FromDate(new DateOnly(year, month, day));

    public IWeb3 Web3(string name) => Chain.Web3For(Account(name));

    /// <summary>Sends as the named dev account, with its key (it pays the gas).</summary>
    public ITransactionSender Sender(string name) => new ContractTransactionSender(Web3(name));

    public AuditRequestDraft Draft(string requester, string subject, uint startDay, uint endDay) => new(
        Account(requester).Address,
        Hash(subject),
        startDay,
        endDay,
        Hash($"activities {subject} {startDay}-{endDay}"),
        FactorSet,
        [Hash($"invoice {startDay}"), Hash($"meter photo {endDay}")]);

    public async Task<CreatedAudit> RequestAsync(string requester, string subject, uint startDay, uint endDay)
    {
        var signed = await Service.SignAuditRequestAsync(Draft(requester, subject, startDay, endDay), Key(requester), TimeSpan.FromHours(1));
        return await Service.RequestAuditAsync(signed);
    }

    /// <summary>Every named auditor commits (signed, relayed), then every one reveals.</summary>
    public async Task CommitAndRevealAsync(BigInteger requestId, IReadOnlyDictionary<string, AuditorResult> results)
    {
        await CommitAsync(requestId, results);
        foreach (var (auditor, result) in results)
        {
            await Service.RevealAsync(await Service.SignRevealAsync(requestId, result, Key(auditor), TimeSpan.FromHours(1)));
        }
    }

    public async Task CommitAsync(BigInteger requestId, IReadOnlyDictionary<string, AuditorResult> results)
    {
        foreach (var (auditor, result) in results)
        {
            await Service.CommitAsync(await Service.SignCommitAsync(requestId, result, Key(auditor), TimeSpan.FromHours(1)));
        }
    }

    /// <summary>A single-auditor audit, issued with <paramref name="grams"/>; returns the request and the record.</summary>
    public async Task<(BigInteger RequestId, BigInteger RecordId, string Auditor)> IssueAsync(string requester, string subject, uint startDay, uint endDay, BigInteger grams)
    {
        var created = await RequestAsync(requester, subject, startDay, endDay);
        var auditor = NameOf(created.Panel.Single());
        await CommitAndRevealAsync(created.RequestId, new Dictionary<string, AuditorResult> { [auditor] = AuditorResult.IssueGrams(grams, FactorSet) });
        var finalized = await Service.FinalizeAsync(created.RequestId);
        Assert.Equal(AuditStatus.Issued, finalized.Status);
        return (created.RequestId, finalized.RecordId, auditor);
    }

    public static string NameOf(string address) =>
        DevAccounts.All.Single(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)).Name;

    public Task<TransactionReceipt> AsTimelockAsync<TFunction>(string contract, TFunction function)
        where TFunction : FunctionMessage, new() => AsImpersonatedAsync(Timelock, contract, function);

    /// <summary>Sends as <paramref name="account"/> without its key (anvil impersonation), e.g. the timelock executing a DAO decision.</summary>
    public async Task<TransactionReceipt> AsImpersonatedAsync<TFunction>(string account, string contract, TFunction function)
        where TFunction : FunctionMessage, new()
    {
        await RpcAsync<object>("anvil_impersonateAccount", account);
        await RpcAsync<object>("anvil_setBalance", account, new HexBigInteger(BigInteger.Pow(10, 20)).HexValue);
        function.FromAddress = account;
        return await new ContractTransactionSender(new Web3(Chain.Anvil.RpcUrl)).SendAsync(contract, function);
    }

    public Task SetPanelSizeAsync(byte size) => AsTimelockAsync(Registry, new SetPanelSizeFunction { PanelSize = size });

    public Task<BigInteger> ReputationAsync(string name) =>
        new AuditorReputationService(Chain.Reader, Chain.Addresses.AuditorReputation).BalanceOfQueryAsync(Account(name).Address);

    public Task<BigInteger> CreditAsync(string address) => Service.CreditOfAsync(Chain.Addresses.FeeToken!, address);

    public Task<BigInteger> FeeTokenBalanceAsync(string address) =>
        new TestStablecoinService(Chain.Reader, Chain.Addresses.FeeToken).BalanceOfQueryAsync(address);

    public async Task EndRevealPhaseAsync() => await Chain.IncreaseTimeAsync((3 + 2) * 24 * 3600 + 1);

    public Task<T> RpcAsync<T>(string method, params object[] parameters) =>
        Chain.Reader.Client.SendRequestAsync<T>(new RpcRequest(Guid.NewGuid().ToString("N"), method, parameters));

    /// <summary>Asserts that the call reverts with the custom error <typeparamref name="TError"/>.</summary>
    public static async Task<ContractRevertedException> AssertRevertsWith<TError>(Func<Task> call)
        where TError : class
    {
        var rejected = await Assert.ThrowsAsync<ContractRevertedException>(call);
        Assert.True(rejected.IsCustomErrorFor<TError>(), $"expected {typeof(TError).Name} but got {rejected.ErrorName}: {rejected.Message}");
        return rejected;
    }
}
