using System.Numerics;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.EmissionsRecords;
using EmissionsDao.Chain.Contracts.Generated.EmissionsRecords.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.EmissionsTokens;
using EmissionsDao.Chain.Contracts.Generated.EmissionsTokens.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.TestStablecoin;
using EmissionsDao.Chain.Deployment;
using Nethereum.ABI.EIP712;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Signer.EIP712;
using Nethereum.Web3;

namespace EmissionsDao.Chain.Audits;

/// <summary>
/// Typed access to the audit lifecycle on chain: sign (for keys the server holds, i.e. the dev accounts and tests) and relay
/// requests, commits and reveals; finalize with the neighbour hint computed; withdraw; mint, transfer and retire
/// tokens; read requests, ballots, records and tokens. Calls an account makes itself take that account's web3.
/// </summary>
public sealed class AuditChainService(IWeb3 reader, ContractAddresses addresses, AuditRelayer relayer)
{
    public AuditRelayer Relayer { get; } = relayer;

    private string Registry => addresses.AuditRegistry ?? throw new InvalidOperationException("The AuditRegistry address is not configured");

    private string Records => addresses.EmissionsRecords ?? throw new InvalidOperationException("The EmissionsRecords address is not configured");

    private string Tokens => addresses.EmissionsTokens ?? throw new InvalidOperationException("The EmissionsTokens address is not configured");

    private AuditRegistryService RegistryReader => new(reader, Registry);

    // ---- Signing with a key the server holds (dev accounts, tests); the messages are built by AuditMessagesToSign ----

    /// <summary>The builder of the typed messages, on this service's chain.</summary>
    public AuditMessagesToSign Messages => new(reader, addresses);

    /// <summary>The registry's EIP-712 domain, read from the contract (EIP-5267), so it always matches the chain.</summary>
    public Task<Domain> RegistryDomainAsync() => Messages.RegistryDomainAsync();

    /// <summary>Signs a request for the current fee and a permit for exactly that fee, valid for <paramref name="validity"/> of chain time.</summary>
    public async Task<SignedAuditRequest> SignAuditRequestAsync(AuditRequestDraft draft, EthECKey requesterKey, TimeSpan validity, Domain? registryDomainOverride = null)
    {
        var toSign = await Messages.RequestAsync(draft, validity, registryDomainOverride);
        var (request, permit) = toSign.SignWith(requesterKey);
        return AuditMessagesToSign.Signed(toSign, request, permit);
    }

    public async Task<SignedCommit> SignCommitAsync(BigInteger requestId, AuditorResult result, EthECKey auditorKey, TimeSpan validity, Domain? registryDomainOverride = null)
    {
        var toSign = await Messages.CommitAsync(requestId, auditorKey.GetPublicAddress(), result, validity, registryDomainOverride);
        return AuditMessagesToSign.Signed(toSign, toSign.SignWith(auditorKey));
    }

    public async Task<SignedReveal> SignRevealAsync(BigInteger requestId, AuditorResult result, EthECKey auditorKey, TimeSpan validity)
    {
        var toSign = await Messages.RevealAsync(requestId, auditorKey.GetPublicAddress(), result, validity);
        return AuditMessagesToSign.Signed(toSign, toSign.SignWith(auditorKey));
    }

    // ---- Lifecycle ----

    public async Task<CreatedAudit> RequestAuditAsync(SignedAuditRequest signed, CancellationToken cancellationToken = default)
    {
        var hint = await FindPredecessorHintAsync(signed.Request.SubjectKey, signed.Request.PeriodStart);
        var receipt = await Relayer.SubmitAuditRequestAsync(signed, hint, cancellationToken);
        var created = receipt.DecodeAllEvents<RequestCreatedEventDTO>().Single().Event;
        var panel = receipt.DecodeAllEvents<PanelDrawnEventDTO>().Single().Event;
        return new CreatedAudit(created.RequestId, panel.Auditors, receipt);
    }

    public Task<TransactionReceipt> CommitAsync(SignedCommit signed, CancellationToken cancellationToken = default) => Relayer.SubmitCommitAsync(signed, cancellationToken);

    public Task<TransactionReceipt> RevealAsync(SignedReveal signed, CancellationToken cancellationToken = default) => Relayer.SubmitRevealAsync(signed, cancellationToken);

    /// <summary>The auditor commits from its own account (it pays the gas).</summary>
    public Task<TransactionReceipt> CommitDirectAsync(ITransactionSender auditor, BigInteger requestId, AuditorResult result, CancellationToken cancellationToken = default) =>
        auditor.SendAsync(Registry, new CommitFunction { RequestId = requestId, Commitment = result.Commitment(requestId, auditor.Address) }, cancellationToken);

    /// <summary>The auditor reveals from its own account.</summary>
    public Task<TransactionReceipt> RevealDirectAsync(ITransactionSender auditor, BigInteger requestId, AuditorResult result, CancellationToken cancellationToken = default) =>
        auditor.SendAsync(Registry, new RevealFunction { RequestId = requestId, Result = result.ToContractResult() }, cancellationToken);

    /// <summary>Finalizes through the relayer with the neighbour hint computed from the subject's records.</summary>
    public async Task<FinalizedAudit> FinalizeAsync(BigInteger requestId, CancellationToken cancellationToken = default)
    {
        var request = await GetRequestAsync(requestId);
        var hint = await FindPredecessorHintAsync(request.SubjectKey, request.PeriodStart);
        var receipt = await Relayer.FinalizeAsync(requestId, hint, cancellationToken);
        var after = await GetRequestAsync(requestId);
        return new FinalizedAudit((AuditStatus)after.Status, after.RecordId, receipt);
    }

    /// <summary>
    /// The subject's record with the latest start day not after <paramref name="startDay"/> (0 if none), from the
    /// RecordWritten events: the predecessor the records contract expects. If that record overlaps the new period,
    /// the request is refused (PeriodOverlap), or, for a record issued after the request, finalize declines it with
    /// <see cref="DeclineReason.PeriodAlreadyRecorded"/>, which is the point.
    /// </summary>
    public async Task<BigInteger> FindPredecessorHintAsync(byte[] subjectKey, uint startDay)
    {
        var written = reader.Eth.GetEvent<RecordWrittenEventDTO>(Records);
        var filter = written.CreateFilterInput<BigInteger, byte[]>([], [subjectKey], BlockParameter.CreateEarliest(), BlockParameter.CreateLatest());
        var logs = await written.GetAllChangesAsync(filter);
        return logs
            .Select(l => l.Event)
            .Where(e => e.SubjectKey.AsSpan().SequenceEqual(subjectKey) && e.StartDay <= startDay)
            .OrderByDescending(e => e.StartDay)
            .Select(e => e.RecordId)
            .FirstOrDefault();
    }

    /// <summary>The payee withdraws its own credit (it pays the gas); the relayer can pay it out instead (<see cref="AuditRelayer.WithdrawForAsync"/>).</summary>
    public Task<TransactionReceipt> WithdrawAsync(ITransactionSender payee, CancellationToken cancellationToken = default) =>
        payee.SendAsync(Registry, new WithdrawFunction(), cancellationToken);

    // ---- Tokens: transactions of the record owner or token holder, from its own account ----

    public async Task<BigInteger> MintTokenAsync(ITransactionSender recordOwner, IReadOnlyList<BigInteger> recordIds, CancellationToken cancellationToken = default)
    {
        var receipt = await recordOwner.SendAsync(Tokens, new Contracts.Generated.EmissionsTokens.ContractDefinition.MintFunction { RecordIds = [.. recordIds] }, cancellationToken);
        return receipt.DecodeAllEvents<TokenMintedEventDTO>().Single().Event.TokenId;
    }

    public Task<TransactionReceipt> TransferTokenAsync(ITransactionSender holder, string to, BigInteger tokenId, CancellationToken cancellationToken = default) =>
        holder.SendAsync(Tokens, new TransferFromFunction { From = holder.Address, To = to, TokenId = tokenId }, cancellationToken);

    public Task<TransactionReceipt> RetireTokenAsync(ITransactionSender holder, BigInteger tokenId, CancellationToken cancellationToken = default) =>
        holder.SendAsync(Tokens, new RetireFunction { TokenId = tokenId }, cancellationToken);

    /// <summary>
    /// The tokens <paramref name="account"/> has to do with: minted from its records or transferred to it at some
    /// point (it may have passed them on), from the Transfer events; ordered by id.
    /// </summary>
    public async Task<IReadOnlyList<TokenView>> TokensOfAsync(string account)
    {
        var transfers = reader.Eth.GetEvent<TransferEventDTO>(Tokens);
        var received = await transfers.GetAllChangesAsync(transfers.CreateFilterInput<string, string>([], [account], BlockParameter.CreateEarliest(), BlockParameter.CreateLatest()));
        var tokens = new List<TokenView>();
        foreach (var tokenId in received.Where(l => string.Equals(l.Event.To, account, StringComparison.OrdinalIgnoreCase)).Select(l => l.Event.TokenId).Distinct().Order())
        {
            tokens.Add(await GetTokenAsync(tokenId));
        }

        return tokens;
    }

    // ---- Reads ----

    public async Task<Request> GetRequestAsync(BigInteger requestId) => (await RegistryReader.RequestOfQueryAsync(requestId)).ReturnValue1;

    public async Task<IReadOnlyList<Ballot>> GetBallotsAsync(BigInteger requestId) => (await RegistryReader.BallotsOfQueryAsync(requestId)).Ballots;

    public async Task<RecordView> GetRecordAsync(BigInteger recordId) => (await new EmissionsRecordsService(reader, Records).RecordOfQueryAsync(recordId)).View;

    public async Task<TokenView> GetTokenAsync(BigInteger tokenId) => (await new EmissionsTokensService(reader, Tokens).TokenOfQueryAsync(tokenId)).View;

    public Task<BigInteger> CreditOfAsync(string token, string payee) => RegistryReader.CreditOfQueryAsync(token, payee);

    public Task<string> FeeTokenAsync() => RegistryReader.FeeTokenQueryAsync();

    public Task<BigInteger> RequestCountAsync() => RegistryReader.RequestCountQueryAsync();
}
