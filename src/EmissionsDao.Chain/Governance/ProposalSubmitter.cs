using System.Numerics;
using System.Text;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor.ContractDefinition;
using Nethereum.Util;
using Nethereum.Web3;

namespace EmissionsDao.Chain.Governance;

/// <summary>
/// Proposes, queues and executes through the governor. Proposing is open to anyone (threshold 0 on the dev chain), so
/// the portal's relayer submits proposals for users who have no gas; queue and execute are permissionless.
/// </summary>
public sealed class ProposalSubmitter(ChainRuntime runtime)
{
    private ChainConnection Chain => runtime.Connection;

    public async Task<BigInteger> ProposeAsync(IReadOnlyList<ProposalCall> calls, string description, IWeb3? proposer = null, CancellationToken cancellationToken = default)
    {
        var web3 = proposer ?? Chain.Relayer;
        var propose = new ProposeFunction
        {
            Targets = calls.Select(c => c.Target).ToList(),
            Values = calls.Select(c => c.Value).ToList(),
            Calldatas = calls.Select(c => c.Calldata).ToList(),
            Description = description,
        };
        await web3.SendAsync(Chain.Addresses.Governor!, propose, cancellationToken);
        return await ProposalIdAsync(calls, description);
    }

    public Task<BigInteger> ProposalIdAsync(IReadOnlyList<ProposalCall> calls, string description) =>
        new EmissionsGovernorService(Chain.Reader, Chain.Addresses.Governor).HashProposalQueryAsync(
            calls.Select(c => c.Target).ToList(),
            calls.Select(c => c.Value).ToList(),
            calls.Select(c => c.Calldata).ToList(),
            Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(description)));

    public async Task QueueAsync(ProposalSummary proposal, CancellationToken cancellationToken = default) =>
        await Chain.Relayer.SendAsync(Chain.Addresses.Governor!, new QueueFunction
        {
            Targets = proposal.Actions.Select(a => a.Target).ToList(),
            Values = proposal.Actions.Select(a => a.Value).ToList(),
            Calldatas = proposal.Actions.Select(a => a.Calldata).ToList(),
            DescriptionHash = Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(proposal.Description)),
        }, cancellationToken);

    public async Task ExecuteAsync(ProposalSummary proposal, CancellationToken cancellationToken = default) =>
        await Chain.Relayer.SendAsync(Chain.Addresses.Governor!, new ExecuteFunction
        {
            Targets = proposal.Actions.Select(a => a.Target).ToList(),
            Values = proposal.Actions.Select(a => a.Value).ToList(),
            Calldatas = proposal.Actions.Select(a => a.Calldata).ToList(),
            DescriptionHash = Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(proposal.Description)),
        }, cancellationToken);

    /// <summary>Why the next step cannot be taken yet, in words, or null when it can.</summary>
    public static string? WhyNotYet(ProposalSummary proposal, DateTimeOffset chainNow, string step) => (step, proposal.State) switch
    {
        ("vote", ProposalState.Pending) => $"Voting opens {Relative(proposal.VoteStart, chainNow)}",
        ("vote", ProposalState.Active) => null,
        ("vote", var state) => $"Voting is over: the proposal is {state}",
        ("queue", ProposalState.Succeeded) => null,
        ("queue", ProposalState.Active or ProposalState.Pending) => $"It can be queued once voting ends {Relative(proposal.VoteEnd, chainNow)}, if it succeeds",
        ("queue", var state) => $"Only a succeeded proposal can be queued; this one is {state}",
        ("execute", ProposalState.Queued) when proposal.Eta is { } eta && eta > chainNow.ToUnixTimeSeconds() => $"The timelock releases it {Relative(eta, chainNow)}",
        ("execute", ProposalState.Queued) => null,
        ("execute", ProposalState.Succeeded) => "Queue it in the timelock first",
        ("execute", var state) => $"Only a queued proposal can be executed; this one is {state}",
        _ => $"Unknown step '{step}'",
    };

    private static string Relative(long timestamp, DateTimeOffset now)
    {
        var delta = DateTimeOffset.FromUnixTimeSeconds(timestamp) - now;
        return delta <= TimeSpan.Zero ? "now" : delta.TotalHours >= 1 ? $"in {delta.TotalHours:0.#} h" : delta.TotalMinutes >= 1 ? $"in {delta.TotalMinutes:0} min" : $"in {delta.TotalSeconds:0} s";
    }
}
