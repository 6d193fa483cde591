using System.Numerics;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor.ContractDefinition;
using Nethereum.RPC.Eth.DTOs;

namespace EmissionsDao.Chain.Governance;

public sealed record ProposalAction(string Target, BigInteger Value, byte[] Calldata, string Description);

public sealed record ProposalVoter(string Voter, VoteType Support, BigInteger Weight, string Reason, long Block);

/// <summary>What a proposal page shows: its actions in words, the tally against the quorum, the voters, the timeline.</summary>
public sealed record ProposalSummary(
    BigInteger ProposalId,
    string Description,
    string Proposer,
    ProposalState State,
    long VoteStart,
    long VoteEnd,
    long? Eta,
    BigInteger ForVotes,
    BigInteger AgainstVotes,
    BigInteger AbstainVotes,
    BigInteger Quorum,
    IReadOnlyList<ProposalAction> Actions,
    IReadOnlyList<ProposalVoter> Voters,
    long CreatedAtBlock)
{
    /// <summary>For + Abstain count towards the quorum (GovernorCountingSimple).</summary>
    public BigInteger QuorumVotes => ForVotes + AbstainVotes;

    public bool QuorumReached => Quorum > 0 && QuorumVotes >= Quorum;
}

/// <summary>Reads proposals from the governor's events and state (the indexer will serve the lists at scale).</summary>
public sealed class ProposalReader(ChainRuntime runtime, ProposalDescriber describer)
{
    private ChainConnection Chain => runtime.Connection;

    public async Task<IReadOnlyList<ProposalSummary>> ListAsync()
    {
        var created = await Chain.Reader.Eth.GetEvent<ProposalCreatedEventDTO>(Chain.Addresses.Governor)
            .GetAllChangesAsync(Chain.Reader.Eth.GetEvent<ProposalCreatedEventDTO>(Chain.Addresses.Governor).CreateFilterInput(BlockParameter.CreateEarliest(), BlockParameter.CreateLatest()));
        var votes = await VotesByProposalAsync();
        var summaries = new List<ProposalSummary>();
        foreach (var proposal in created.OrderByDescending(p => p.Log.BlockNumber.Value))
        {
            summaries.Add(await SummarizeAsync(proposal, votes.GetValueOrDefault(proposal.Event.ProposalId) ?? []));
        }

        return summaries;
    }

    public async Task<ProposalSummary?> ReadAsync(BigInteger proposalId) =>
        (await ListAsync()).FirstOrDefault(p => p.ProposalId == proposalId);

    /// <summary>The proposals that would settle escalated audit request <paramref name="requestId"/> (<see cref="SettleEscalatedAudit"/>), newest first.</summary>
    public async Task<IReadOnlyList<ProposalSummary>> SettlementsOfAsync(BigInteger requestId) =>
        (await ListAsync())
            .Where(p => p.Actions.Any(a => SettleEscalatedAudit.RequestSettledBy(a.Target, a.Calldata, Chain.Addresses) == requestId))
            .ToList();

    private async Task<Dictionary<BigInteger, List<ProposalVoter>>> VotesByProposalAsync()
    {
        var voteCast = Chain.Reader.Eth.GetEvent<VoteCastEventDTO>(Chain.Addresses.Governor);
        var logs = await voteCast.GetAllChangesAsync(voteCast.CreateFilterInput(BlockParameter.CreateEarliest(), BlockParameter.CreateLatest()));
        return logs
            .GroupBy(l => l.Event.ProposalId)
            .ToDictionary(
                g => g.Key,
                g => g.Select(l => new ProposalVoter(l.Event.Voter, (VoteType)l.Event.Support, l.Event.Weight, l.Event.Reason, (long)l.Log.BlockNumber.Value))
                    .OrderByDescending(v => v.Weight)
                    .ToList());
    }

    private async Task<ProposalSummary> SummarizeAsync(Nethereum.Contracts.EventLog<ProposalCreatedEventDTO> created, List<ProposalVoter> voters)
    {
        var governor = new EmissionsGovernorService(Chain.Reader, Chain.Addresses.Governor);
        var proposal = created.Event;
        var state = (ProposalState)await governor.StateQueryAsync(proposal.ProposalId);
        var tally = await governor.ProposalVotesQueryAsync(proposal.ProposalId);
        var deadline = (long)await governor.ProposalDeadlineQueryAsync(proposal.ProposalId);
        var eta = (long)await governor.ProposalEtaQueryAsync(proposal.ProposalId);
        var quorum = await governor.QuorumQueryAsync(proposal.VoteStart);
        var actions = proposal.Targets
            .Select((target, i) => new ProposalAction(target, proposal.Values[i], proposal.Calldatas[i], describer.Describe(target, proposal.Values[i], proposal.Calldatas[i])))
            .ToList();
        return new ProposalSummary(
            proposal.ProposalId,
            proposal.Description,
            proposal.Proposer,
            state,
            (long)proposal.VoteStart,
            deadline,
            eta == 0 ? null : eta,
            tally.ForVotes,
            tally.AgainstVotes,
            tally.AbstainVotes,
            quorum,
            actions,
            voters,
            (long)created.Log.BlockNumber.Value);
    }
}
