namespace EmissionsDao.Chain.Governance;

/// <summary>OpenZeppelin's <c>IGovernor.ProposalState</c>, in its on-chain order.</summary>
public enum ProposalState : byte
{
    Pending,
    Active,
    Canceled,
    Defeated,
    Succeeded,
    Queued,
    Expired,
    Executed,
}

/// <summary>GovernorCountingSimple's vote types.</summary>
public enum VoteType : byte
{
    Against,
    For,
    Abstain,
}
