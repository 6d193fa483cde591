using System.Numerics;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor.ContractDefinition;
using Nethereum.ABI.EIP712;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer.EIP712;

namespace EmissionsDao.Chain.Governance;

/// <summary>A ballot as the voter's wallet signed it (eth_signTypedData_v4).</summary>
public sealed record SignedBallot(BigInteger ProposalId, VoteType Support, string Voter, string Signature);

public enum VoteRefusal
{
    BadSignature,
    ProposalNotActive,
    AlreadyVoted,
    NoVotingPower,
    RejectedOnChain,
}

public sealed record VoteRelayResult(bool Accepted, string? TransactionHash, BigInteger Weight, VoteRefusal? Refusal, string Message)
{
    public static VoteRelayResult Refused(VoteRefusal refusal, string message) => new(false, null, BigInteger.Zero, refusal, message);
}

/// <summary>
/// Votes signed in the browser, relayed by the portal: builds the EIP-712 ballot the wallet signs, checks the signature
/// and the voter's standing before spending the relayer's gas, submits <c>castVoteBySig</c>, and explains every refusal.
/// The governor checks everything again on chain; the server's checks only save gas and give clearer reasons.
/// </summary>
public sealed class VoteRelayer(ChainRuntime runtime)
{
    private ChainConnection Chain => runtime.Connection;

    /// <summary>The typed data (JSON for <c>eth_signTypedData_v4</c>) of a ballot at the voter's current nonce.</summary>
    public async Task<string> BallotToSignAsync(BigInteger proposalId, VoteType support, string voter)
    {
        var ballot = await CurrentBallotAsync(new EmissionsGovernorService(Chain.Reader, Chain.Addresses.Governor), proposalId, support, voter);
        return WalletTypedData.ToJson(GovernanceTypedData.Ballot(Chain.ChainId, Chain.Addresses.Governor!), ballot);
    }

    public async Task<VoteRelayResult> RelayAsync(SignedBallot signed, CancellationToken cancellationToken = default)
    {
        var governor = new EmissionsGovernorService(Chain.Reader, Chain.Addresses.Governor);
        var ballot = await CurrentBallotAsync(governor, signed.ProposalId, signed.Support, signed.Voter);
        string recovered;
        try
        {
            recovered = Eip712TypedDataSigner.Current.RecoverFromSignatureV4(ballot, GovernanceTypedData.Ballot(Chain.ChainId, Chain.Addresses.Governor!), signed.Signature);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or IndexOutOfRangeException)
        {
            return VoteRelayResult.Refused(VoteRefusal.BadSignature, $"The signature is malformed: {exception.Message}");
        }

        if (!string.Equals(recovered, signed.Voter, StringComparison.OrdinalIgnoreCase))
        {
            return VoteRelayResult.Refused(
                VoteRefusal.BadSignature,
                $"The signature is not {signed.Voter}'s ballot for this proposal at its current nonce {ballot.Nonce} on chain {Chain.ChainId}: sign the ballot again (a signature is accepted only once)");
        }

        var state = (ProposalState)await governor.StateQueryAsync(signed.ProposalId);
        if (state != ProposalState.Active)
        {
            return VoteRelayResult.Refused(VoteRefusal.ProposalNotActive, $"The proposal is {state}, not Active: votes are accepted only during the voting period");
        }

        if (await governor.HasVotedQueryAsync(signed.ProposalId, signed.Voter))
        {
            return VoteRelayResult.Refused(VoteRefusal.AlreadyVoted, $"{signed.Voter} has already voted on this proposal");
        }

        var snapshot = await governor.ProposalSnapshotQueryAsync(signed.ProposalId);
        var weight = await governor.GetVotesQueryAsync(signed.Voter, snapshot);
        if (weight.IsZero)
        {
            return VoteRelayResult.Refused(
                VoteRefusal.NoVotingPower,
                $"{signed.Voter} had no voting power at the proposal's snapshot (timepoint {snapshot}): tokens must be delegated before a proposal starts");
        }

        try
        {
            var receipt = await Chain.Relayer.SendAsync(
                Chain.Addresses.Governor!,
                new CastVoteBySigFunction { ProposalId = signed.ProposalId, Support = (byte)signed.Support, Voter = signed.Voter, Signature = signed.Signature.HexToByteArray() },
                cancellationToken);
            return new VoteRelayResult(true, receipt.TransactionHash, weight, null, $"Vote recorded with a weight of {weight}");
        }
        catch (SmartContractCustomErrorRevertException revert)
        {
            return VoteRelayResult.Refused(VoteRefusal.RejectedOnChain, GovernorErrors.Describe(revert));
        }
    }

    private static async Task<Ballot> CurrentBallotAsync(EmissionsGovernorService governor, BigInteger proposalId, VoteType support, string voter) => new()
    {
        ProposalId = proposalId,
        Support = (byte)support,
        Voter = voter,
        Nonce = await governor.NoncesQueryAsync(voter),
    };
}
