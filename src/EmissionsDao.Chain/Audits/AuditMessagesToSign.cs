using System.Numerics;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.TestStablecoin;
using EmissionsDao.Chain.Deployment;
using Nethereum.ABI.EIP712;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Signer.EIP712;
using Nethereum.Web3;

namespace EmissionsDao.Chain.Audits;

/// <summary>A request and its fee permit as the requester's wallet signs them (typed-data JSON for eth_signTypedData_v4).</summary>
public sealed record AuditRequestToSign(
    AuditRequestTypedMessage Request,
    TypedData<Domain> RequestTypedData,
    string RequestTypedDataJson,
    PermitTypedMessage Permit,
    TypedData<Domain> PermitTypedData,
    string PermitTypedDataJson)
{
    /// <summary>Both signatures with a key the server holds (a dev account): the typed objects, not the JSON, are hashed.</summary>
    public (string Request, string Permit) SignWith(EthECKey key) =>
        (Eip712TypedDataSigner.Current.SignTypedDataV4(Request, RequestTypedData, key), Eip712TypedDataSigner.Current.SignTypedDataV4(Permit, PermitTypedData, key));
}

/// <summary>A commit as the auditor's wallet signs it.</summary>
public sealed record CommitToSign(CommitTypedMessage Message, TypedData<Domain> TypedData, string TypedDataJson)
{
    public string SignWith(EthECKey key) => Eip712TypedDataSigner.Current.SignTypedDataV4(Message, TypedData, key);
}

/// <summary>A reveal as the auditor's wallet signs it.</summary>
public sealed record RevealToSign(RevealTypedMessage Message, TypedData<Domain> TypedData, string TypedDataJson)
{
    public string SignWith(EthECKey key) => Eip712TypedDataSigner.Current.SignTypedDataV4(Message, TypedData, key);
}

/// <summary>
/// The one place that builds the EIP-712 messages of the audit lifecycle (request, fee permit, commit, reveal) at the
/// signer's current nonce with a deadline in chain time, for any signer: a browser wallet gets the JSON
/// (<see cref="WalletTypedData"/>), a key the server holds signs the typed objects (<c>SignWith</c>). Then joins the
/// signatures into what <see cref="AuditRelayer"/> submits.
/// </summary>
public sealed class AuditMessagesToSign
{
    private readonly Func<(IWeb3 Reader, ContractAddresses Addresses)> _chain;

    /// <summary>On the portal's chain, read when a message is built (the chain connects after the services are made).</summary>
    public AuditMessagesToSign(ChainRuntime runtime) => _chain = () => (runtime.Connection.Reader, runtime.Connection.Addresses);

    public AuditMessagesToSign(IWeb3 reader, ContractAddresses addresses) => _chain = () => (reader, addresses);

    private IWeb3 Reader => _chain().Reader;

    private AuditRegistryService Registry => new(Reader, _chain().Addresses.AuditRegistry ?? throw new InvalidOperationException("The AuditRegistry address is not configured"));

    /// <summary>The registry's EIP-712 domain, read from the contract (EIP-5267), so it always matches the chain.</summary>
    public async Task<Domain> RegistryDomainAsync()
    {
        var domain = await Registry.Eip712DomainQueryAsync();
        return AuditTypedData.Domain(domain.Name, domain.Version, domain.ChainId, domain.VerifyingContract);
    }

    /// <summary>A request for the current fee and a permit for exactly that fee, valid for <paramref name="validity"/> of chain time.</summary>
    /// <param name="registryDomainOverride">Another domain than the registry's (tests of signatures made for another chain).</param>
    public async Task<AuditRequestToSign> RequestAsync(AuditRequestDraft draft, TimeSpan validity, Domain? registryDomainOverride = null)
    {
        var registry = Registry;
        var fee = (await registry.ParametersQueryAsync()).ReturnValue1.Fee;
        var deadline = await DeadlineAsync(validity);
        var request = new AuditRequestTypedMessage
        {
            Requester = draft.Requester,
            SubjectKey = draft.SubjectKey,
            PeriodStart = draft.PeriodStartDay,
            PeriodEnd = draft.PeriodEndDay,
            ActivityHash = draft.ActivityHash,
            FactorSetHash = draft.FactorSetHash,
            DocumentHashes = [.. draft.DocumentHashes],
            Fee = fee,
            Nonce = await registry.NoncesQueryAsync(draft.Requester),
            Deadline = deadline,
        };
        var token = new TestStablecoinService(Reader, await registry.FeeTokenQueryAsync());
        var tokenDomain = await token.Eip712DomainQueryAsync();
        var permit = new PermitTypedMessage
        {
            Owner = draft.Requester,
            Spender = registry.ContractAddress,
            Value = fee,
            Nonce = await token.NoncesQueryAsync(draft.Requester),
            Deadline = deadline,
        };
        var requestTypedData = AuditTypedData.AuditRequest(registryDomainOverride ?? await RegistryDomainAsync());
        var permitTypedData = AuditTypedData.Permit(AuditTypedData.Domain(tokenDomain.Name, tokenDomain.Version, tokenDomain.ChainId, tokenDomain.VerifyingContract));
        return new AuditRequestToSign(
            request, requestTypedData, WalletTypedData.ToJson(requestTypedData, request), permit, permitTypedData, WalletTypedData.ToJson(permitTypedData, permit));
    }

    public static SignedAuditRequest Signed(AuditRequestToSign toSign, string requestSignature, string permitSignature)
    {
        var request = toSign.Request;
        var permit = permitSignature.HexToByteArray();
        return new SignedAuditRequest(
            new AuditRequest
            {
                Requester = request.Requester,
                SubjectKey = request.SubjectKey,
                PeriodStart = request.PeriodStart,
                PeriodEnd = request.PeriodEnd,
                ActivityHash = request.ActivityHash,
                FactorSetHash = request.FactorSetHash,
                DocumentHashes = request.DocumentHashes,
                Fee = request.Fee,
                Nonce = request.Nonce,
                Deadline = request.Deadline,
            },
            requestSignature.HexToByteArray(),
            new PermitSignature { Deadline = toSign.Permit.Deadline, R = permit[..32], S = permit[32..64], V = permit[64] < 27 ? (byte)(permit[64] + 27) : permit[64] });
    }

    public async Task<CommitToSign> CommitAsync(BigInteger requestId, string auditor, AuditorResult result, TimeSpan validity, Domain? registryDomainOverride = null)
    {
        var message = new CommitTypedMessage
        {
            RequestId = requestId,
            Auditor = auditor,
            Commitment = result.Commitment(requestId, auditor),
            Nonce = await Registry.NoncesQueryAsync(auditor),
            Deadline = await DeadlineAsync(validity),
        };
        var typedData = AuditTypedData.Commit(registryDomainOverride ?? await RegistryDomainAsync());
        return new CommitToSign(message, typedData, WalletTypedData.ToJson(typedData, message));
    }

    public static SignedCommit Signed(CommitToSign toSign, string signature) => new(
        new CommitMessage
        {
            RequestId = toSign.Message.RequestId,
            Auditor = toSign.Message.Auditor,
            Commitment = toSign.Message.Commitment,
            Nonce = toSign.Message.Nonce,
            Deadline = toSign.Message.Deadline,
        },
        signature.HexToByteArray());

    public async Task<RevealToSign> RevealAsync(BigInteger requestId, string auditor, AuditorResult result, TimeSpan validity)
    {
        var message = new RevealTypedMessage
        {
            RequestId = requestId,
            Auditor = auditor,
            Issue = result.Issue,
            Grams = result.Grams,
            FactorSetHash = result.FactorSetHash,
            ReasonCode = result.ReasonCode,
            Salt = result.Salt,
            Nonce = await Registry.NoncesQueryAsync(auditor),
            Deadline = await DeadlineAsync(validity),
        };
        var typedData = AuditTypedData.Reveal(await RegistryDomainAsync());
        return new RevealToSign(message, typedData, WalletTypedData.ToJson(typedData, message));
    }

    public static SignedReveal Signed(RevealToSign toSign, string signature)
    {
        var m = toSign.Message;
        return new SignedReveal(
            new RevealMessage
            {
                RequestId = m.RequestId,
                Auditor = m.Auditor,
                Issue = m.Issue,
                Grams = m.Grams,
                FactorSetHash = m.FactorSetHash,
                ReasonCode = m.ReasonCode,
                Salt = m.Salt,
                Nonce = m.Nonce,
                Deadline = m.Deadline,
            },
            signature.HexToByteArray());
    }

    /// <summary>The current audit fee in the fee token's units, as text (e.g. "100 tUSD").</summary>
    public async Task<string> FeeTextAsync()
    {
        var registry = Registry;
        var fee = (await registry.ParametersQueryAsync()).ReturnValue1.Fee;
        var token = Reader.Eth.ERC20.GetContractService(await registry.FeeTokenQueryAsync());
        var decimals = await token.DecimalsQueryAsync();
        var symbol = await token.SymbolQueryAsync();
        return $"{Nethereum.Util.UnitConversion.Convert.FromWei(fee, decimals).ToString(System.Globalization.CultureInfo.InvariantCulture)} {symbol}";
    }

    /// <summary>An amount of the fee token <paramref name="token"/> as text, e.g. "90 tUSD".</summary>
    public async Task<string> TokenAmountTextAsync(string token, BigInteger amount)
    {
        var service = Reader.Eth.ERC20.GetContractService(token);
        var decimals = await service.DecimalsQueryAsync();
        return $"{Nethereum.Util.UnitConversion.Convert.FromWei(amount, decimals).ToString(System.Globalization.CultureInfo.InvariantCulture)} {await service.SymbolQueryAsync()}";
    }

    /// <summary>The chain's current time (seconds), which is what deadlines and phases are measured in.</summary>
    public async Task<long> ChainTimeAsync()
    {
        var block = await Reader.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest());
        return (long)block.Timestamp.Value;
    }

    private async Task<long> DeadlineAsync(TimeSpan validity) => await ChainTimeAsync() + (long)validity.TotalSeconds;
}
