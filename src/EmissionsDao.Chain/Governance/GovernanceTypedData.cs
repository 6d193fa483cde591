using System.Numerics;
using Nethereum.ABI.EIP712;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace EmissionsDao.Chain.Governance;

/// <summary>OpenZeppelin Governor's <c>Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce)</c>.</summary>
[Struct("Ballot")]
public sealed class Ballot
{
    [Parameter("uint256", "proposalId", 1)]
    public BigInteger ProposalId { get; set; }

    [Parameter("uint8", "support", 2)]
    public byte Support { get; set; }

    [Parameter("address", "voter", 3)]
    public string Voter { get; set; } = "";

    [Parameter("uint256", "nonce", 4)]
    public BigInteger Nonce { get; set; }
}

/// <summary>OpenZeppelin Votes' <c>Delegation(address delegatee,uint256 nonce,uint256 expiry)</c>.</summary>
[Struct("Delegation")]
public sealed class Delegation
{
    [Parameter("address", "delegatee", 1)]
    public string Delegatee { get; set; } = "";

    [Parameter("uint256", "nonce", 2)]
    public BigInteger Nonce { get; set; }

    [Parameter("uint256", "expiry", 3)]
    public BigInteger Expiry { get; set; }
}

/// <summary>
/// EIP-712 definitions exactly as the contracts hash them: the governor's domain is ("EmissionsGovernor", "1"),
/// the governance token's ("EmissionsDao", "1"), both bound to the chain id and the verifying contract.
/// </summary>
public static class GovernanceTypedData
{
    public const string GovernorDomainName = "EmissionsGovernor";
    public const string TokenDomainName = "EmissionsDao";
    public const string DomainVersion = "1";

    public static TypedData<Domain> Ballot(long chainId, string governor, string domainName = GovernorDomainName) =>
        Create<Ballot>(domainName, chainId, governor);

    public static TypedData<Domain> Delegation(long chainId, string token) => Create<Delegation>(TokenDomainName, chainId, token);

    private static TypedData<Domain> Create<TMessage>(string domainName, long chainId, string verifyingContract) => new()
    {
        Domain = new Domain { Name = domainName, Version = DomainVersion, ChainId = chainId, VerifyingContract = verifyingContract },
        Types = MemberDescriptionFactory.GetTypesMemberDescription(typeof(Domain), typeof(TMessage)),
        PrimaryType = typeof(TMessage).Name,
    };
}
