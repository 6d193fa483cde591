using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor.ContractDefinition;
using Nethereum.Contracts;

namespace EmissionsDao.Chain.Governance;

/// <summary>The governor's custom errors in words a voter understands.</summary>
public static class GovernorErrors
{
    public static string Describe(SmartContractCustomErrorRevertException revert)
    {
        if (revert.IsCustomErrorFor<GovernorAlreadyCastVoteError>())
        {
            return "This account has already voted on the proposal";
        }

        if (revert.IsCustomErrorFor<GovernorInvalidSignatureError>())
        {
            return "The governor rejected the signature: it does not match the voter's ballot at its current nonce (a signature is accepted only once)";
        }

        if (revert.IsCustomErrorFor<GovernorUnexpectedProposalStateError>())
        {
            return "The proposal is not in a state that allows this action";
        }

        if (revert.IsCustomErrorFor<GovernorNonexistentProposalError>())
        {
            return "There is no such proposal";
        }

        if (revert.IsCustomErrorFor<GovernorInsufficientProposerVotesError>())
        {
            return "The proposer does not hold enough votes to make a proposal";
        }

        return $"The governor refused the transaction (error 0x{revert.ExceptionEncodedData?[..Math.Min(10, revert.ExceptionEncodedData.Length)]})";
    }
}
