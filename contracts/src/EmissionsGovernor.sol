// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorCountingSimple} from "@openzeppelin/contracts/governance/extensions/GovernorCountingSimple.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {GovernorVotesQuorumFraction} from
    "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {GovernorPreventLateQuorum} from "@openzeppelin/contracts/governance/extensions/GovernorPreventLateQuorum.sol";

/// @title EmissionsDao governor
/// @notice The DAO's voting contract: EDAO holders propose, vote (directly or with browser-signed ballots through
/// castVoteBySig) and, after the timelock delay, execute changes to the DAO's parameters, auditor list and treasury,
/// and settle escalated audits.
/// @dev OpenZeppelin Governor + Settings + CountingSimple + Votes + QuorumFraction + TimelockControl +
/// PreventLateQuorum. Times are in seconds because the token uses the timestamp clock (ERC-6372).
/// Proposals are executed by the timelock, which owns the parameters and the treasury.
contract EmissionsGovernor is
    Governor,
    GovernorSettings,
    GovernorCountingSimple,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorTimelockControl,
    GovernorPreventLateQuorum
{
    /// @param _token The governance token (EmissionsDaoToken), used for voting power and as the clock.
    /// @param _timelock The timelock (EmissionsTimelock) that queues and executes passed proposals.
    /// @param _votingDelay Seconds between proposing and the start of voting.
    /// @param _votingPeriod Seconds during which votes can be cast.
    /// @param _proposalThreshold Voting power (token base units) needed to create a proposal.
    /// @param _quorumNumerator Quorum in percent of the total supply at the vote's snapshot (denominator 100).
    /// @param _voteExtension Minimum seconds of voting left after quorum is reached (at most _votingPeriod).
    constructor(
        IVotes _token,
        TimelockController _timelock,
        uint48 _votingDelay,
        uint32 _votingPeriod,
        uint256 _proposalThreshold,
        uint256 _quorumNumerator,
        uint48 _voteExtension
    )
        Governor("EmissionsGovernor")
        GovernorSettings(_votingDelay, _votingPeriod, _proposalThreshold)
        GovernorVotes(_token)
        GovernorVotesQuorumFraction(_quorumNumerator)
        GovernorTimelockControl(_timelock)
        GovernorPreventLateQuorum(_voteExtension)
    {}

    /// @notice The EIP-712 digest a voter signs for `castVoteBySig`, so that clients can check their encoding of a
    /// ballot against the chain before asking a wallet to sign it.
    /// @param proposalId The proposal voted on.
    /// @param support 0 = Against, 1 = For, 2 = Abstain.
    /// @param voter The account whose voting power is cast.
    /// @param nonce The voter's current governor nonce (`nonces(voter)`).
    /// @return The digest `castVoteBySig` verifies the signature against.
    function ballotDigest(uint256 proposalId, uint8 support, address voter, uint256 nonce)
        external
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(keccak256(abi.encode(BALLOT_TYPEHASH, proposalId, support, voter, nonce)));
    }

    // ---- Overrides required by Solidity (multiple bases define these) ----

    /// @notice Voting power needed to create a proposal.
    /// @return The proposal threshold in token base units.
    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold();
    }

    /// @notice Current state of a proposal, taking the timelock into account.
    /// @param proposalId The proposal id.
    /// @return The proposal state.
    function state(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (ProposalState)
    {
        return super.state(proposalId);
    }

    /// @notice Whether a passed proposal must be queued in the timelock before execution (always true here).
    /// @param proposalId The proposal id.
    /// @return True.
    function proposalNeedsQueuing(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (bool)
    {
        return super.proposalNeedsQueuing(proposalId);
    }

    /// @notice End of the voting period, possibly extended because quorum was reached late.
    /// @param proposalId The proposal id.
    /// @return The deadline as a timestamp (seconds).
    function proposalDeadline(uint256 proposalId)
        public
        view
        override(Governor, GovernorPreventLateQuorum)
        returns (uint256)
    {
        return super.proposalDeadline(proposalId);
    }

    /// @dev Schedules the proposal's operations in the timelock.
    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    /// @dev Executes the proposal's operations through the timelock.
    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    /// @dev Cancels the proposal and its timelock operation, if queued.
    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    /// @dev The timelock executes proposals (and is the governance "owner" for onlyGovernance calls).
    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor();
    }

    /// @dev Hook after each vote: may extend the deadline when quorum is reached late.
    function _tallyUpdated(uint256 proposalId) internal override(Governor, GovernorPreventLateQuorum) {
        super._tallyUpdated(proposalId);
    }
}
