using System.Numerics;
using Nethereum.ABI.EIP712;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace EmissionsDao.Chain.Audits;

/// <summary>EIP-712 <c>AuditRequest</c>, field for field as AuditRegistry hashes it.</summary>
[Struct("AuditRequest")]
public sealed class AuditRequestTypedMessage
{
    [Parameter("address", "requester", 1)]
    public string Requester { get; set; } = "";

    [Parameter("bytes32", "subjectKey", 2)]
    public byte[] SubjectKey { get; set; } = new byte[32];

    [Parameter("uint32", "periodStart", 3)]
    public uint PeriodStart { get; set; }

    [Parameter("uint32", "periodEnd", 4)]
    public uint PeriodEnd { get; set; }

    [Parameter("bytes32", "activityHash", 5)]
    public byte[] ActivityHash { get; set; } = new byte[32];

    [Parameter("bytes32", "factorSetHash", 6)]
    public byte[] FactorSetHash { get; set; } = new byte[32];

    [Parameter("bytes32[]", "documentHashes", 7)]
    public List<byte[]> DocumentHashes { get; set; } = [];

    [Parameter("uint256", "fee", 8)]
    public BigInteger Fee { get; set; }

    [Parameter("uint256", "nonce", 9)]
    public BigInteger Nonce { get; set; }

    [Parameter("uint256", "deadline", 10)]
    public BigInteger Deadline { get; set; }
}

/// <summary>EIP-712 <c>Commit</c>: an auditor's sealed result.</summary>
[Struct("Commit")]
public sealed class CommitTypedMessage
{
    [Parameter("uint256", "requestId", 1)]
    public BigInteger RequestId { get; set; }

    [Parameter("address", "auditor", 2)]
    public string Auditor { get; set; } = "";

    [Parameter("bytes32", "commitment", 3)]
    public byte[] Commitment { get; set; } = new byte[32];

    [Parameter("uint256", "nonce", 4)]
    public BigInteger Nonce { get; set; }

    [Parameter("uint256", "deadline", 5)]
    public BigInteger Deadline { get; set; }
}

/// <summary>EIP-712 <c>Reveal</c>: an auditor's revealed result with the salt of its commitment.</summary>
[Struct("Reveal")]
public sealed class RevealTypedMessage
{
    [Parameter("uint256", "requestId", 1)]
    public BigInteger RequestId { get; set; }

    [Parameter("address", "auditor", 2)]
    public string Auditor { get; set; } = "";

    [Parameter("bool", "issue", 3)]
    public bool Issue { get; set; }

    [Parameter("uint256", "grams", 4)]
    public BigInteger Grams { get; set; }

    [Parameter("bytes32", "factorSetHash", 5)]
    public byte[] FactorSetHash { get; set; } = new byte[32];

    [Parameter("uint16", "reasonCode", 6)]
    public ushort ReasonCode { get; set; }

    [Parameter("bytes32", "salt", 7)]
    public byte[] Salt { get; set; } = new byte[32];

    [Parameter("uint256", "nonce", 8)]
    public BigInteger Nonce { get; set; }

    [Parameter("uint256", "deadline", 9)]
    public BigInteger Deadline { get; set; }
}

/// <summary>EIP-2612 <c>Permit</c> of the fee token.</summary>
[Struct("Permit")]
public sealed class PermitTypedMessage
{
    [Parameter("address", "owner", 1)]
    public string Owner { get; set; } = "";

    [Parameter("address", "spender", 2)]
    public string Spender { get; set; } = "";

    [Parameter("uint256", "value", 3)]
    public BigInteger Value { get; set; }

    [Parameter("uint256", "nonce", 4)]
    public BigInteger Nonce { get; set; }

    [Parameter("uint256", "deadline", 5)]
    public BigInteger Deadline { get; set; }
}

/// <summary>Builds the typed-data envelopes (domain + types + primary type) that wallets and the signer hash.</summary>
public static class AuditTypedData
{
    /// <summary>A domain with name, version, chain id and verifying contract, as OpenZeppelin's EIP712 builds it.</summary>
    public static Domain Domain(string name, string version, BigInteger chainId, string verifyingContract) =>
        new() { Name = name, Version = version, ChainId = chainId, VerifyingContract = verifyingContract };

    public static TypedData<Domain> AuditRequest(Domain registryDomain) => Envelope<AuditRequestTypedMessage>(registryDomain, "AuditRequest");

    public static TypedData<Domain> Commit(Domain registryDomain) => Envelope<CommitTypedMessage>(registryDomain, "Commit");

    public static TypedData<Domain> Reveal(Domain registryDomain) => Envelope<RevealTypedMessage>(registryDomain, "Reveal");

    public static TypedData<Domain> Permit(Domain tokenDomain) => Envelope<PermitTypedMessage>(tokenDomain, "Permit");

    private static TypedData<Domain> Envelope<TMessage>(Domain domain, string primaryType) => new()
    {
        Domain = domain,
        Types = MemberDescriptionFactory.GetTypesMemberDescription(typeof(Domain), typeof(TMessage)),
        PrimaryType = primaryType,
    };
}
