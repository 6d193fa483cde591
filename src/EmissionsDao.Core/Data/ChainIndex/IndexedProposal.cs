namespace EmissionsDao.Core.Data.ChainIndex;

/// <summary>A governor proposal as its events tell it: created, votes cast, queued, executed or canceled.</summary>
public sealed class IndexedProposal
{
    /// <summary>uint256 proposal id as decimal text.</summary>
    public required string ProposalId { get; set; }

    public required string Proposer { get; set; }

    public required string Description { get; set; }

    public long VoteStart { get; set; }

    public long VoteEnd { get; set; }

    /// <summary>Vote weights (uint256 decimal text), summed from VoteCast.</summary>
    public string ForVotes { get; set; } = "0";

    public string AgainstVotes { get; set; } = "0";

    public string AbstainVotes { get; set; } = "0";

    public int Voters { get; set; }

    /// <summary>Unix seconds from which the timelock may execute, once queued.</summary>
    public long? Eta { get; set; }

    public bool Executed { get; set; }

    public bool Canceled { get; set; }

    public long CreatedBlock { get; set; }

    public long CreatedTimestamp { get; set; }
}
