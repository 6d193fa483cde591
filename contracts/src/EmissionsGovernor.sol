// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {GovernorVotesQuorumFraction} from
    "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {GovernorPreventLateQuorum} from "@openzeppelin/contracts/governance/extensions/GovernorPreventLateQuorum.sol";
import {GovernorCountingSimpleLateQuorum} from "./governance/GovernorCountingSimpleLateQuorum.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";
import {EmissionsDaoToken} from "./EmissionsDaoToken.sol";

/// @title EmissionsDao governor
/// @notice The DAO's voting contract: EDAO holders propose, vote (directly or with browser-signed ballots through
/// castVoteBySig) and, after the timelock delay, execute changes to the DAO's parameters, auditor list and treasury,
/// and settle escalated audits.
/// @dev OpenZeppelin Governor + Settings + Votes + QuorumFraction + TimelockControl + PreventLateQuorum, with simple
/// counting and the late-quorum deadlines kept by GovernorCountingSimpleLateQuorum (same behaviour as OpenZeppelin's
/// GovernorCountingSimple + GovernorPreventLateQuorum, one storage slot per proposal: see that module for why).
/// Times are in seconds because the token uses the timestamp clock (ERC-6372). Proposals are executed by the
/// timelock, which owns the parameters and the treasury.
contract EmissionsGovernor is
    Governor,
    GovernorSettings,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorTimelockControl,
    GovernorPreventLateQuorum,
    GovernorCountingSimpleLateQuorum
{
    /// @param _token The governance token (EmissionsDaoToken), used for voting power and as the clock.
    /// @param _timelock The timelock (EmissionsTimelock) that queues and executes passed proposals.
    /// @param _votingDelay Seconds between proposing and the start of voting.
    /// @param _votingPeriod Seconds during which votes can be cast.
    /// @param _proposalThreshold Voting power (token base units) needed to create a proposal.
    /// @param _quorumNumerator Quorum in percent of the total supply at the vote's snapshot (denominator 100).
    /// @param _voteExtension Minimum seconds of voting left after quorum is reached (at most _votingPeriod).
    /// @dev The numerator in force since `since`, kept in one slot so that the first vote of a proposal (which caches the
    /// snapshot's numerator in the tally) reads one storage slot instead of the checkpoint history's length and last
    /// entry.
    struct LatestQuorumNumerator {
        uint48 since;
        uint208 value;
    }

    /// @dev EmissionsDaoToken mints its whole supply in its constructor and can neither mint nor burn afterwards, so
    /// its past total supply at every proposal snapshot is this constant.
    uint256 private immutable _fixedTotalSupply;

    /// @dev The token's supply does not fit the tally's uint96 vote totals.
    error EmissionsGovernorSupplyTooLarge(uint256 supply, uint256 maxSupply);

    LatestQuorumNumerator private _latestQuorumNumerator;

    constructor(
        EmissionsDaoToken _token,
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
    {
        uint256 supply = _token.INITIAL_SUPPLY();
        // No vote total can exceed the supply, so with this check the tally's SafeCast to uint96 never reverts.
        if (supply > type(uint96).max) {
            revert EmissionsGovernorSupplyTooLarge(supply, type(uint96).max);
        }
        _fixedTotalSupply = supply;
    }

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

    /// @notice Votes needed at `timepoint` (For + Abstain): the fixed supply times the quorum numerator in force then.
    /// @dev Same result as OpenZeppelin's `supply * numerator / denominator`; it avoids a call to the token because
    /// late-quorum protection evaluates the quorum on every vote.
    /// @param timepoint A past timepoint (the proposal snapshot).
    /// @return The quorum in votes.
    function quorum(uint256 timepoint) public view override(Governor, GovernorVotesQuorumFraction) returns (uint256) {
        return Math.mulDiv(_fixedTotalSupply, quorumNumerator(timepoint), quorumDenominator());
    }

    /// @notice The quorum numerator in force at `timepoint`.
    /// @param timepoint A past timepoint.
    /// @return The numerator (the denominator is 100).
    function quorumNumerator(uint256 timepoint) public view override returns (uint256) {
        LatestQuorumNumerator memory latest = _latestQuorumNumerator;
        return latest.since <= timepoint ? latest.value : super.quorumNumerator(timepoint);
    }

    /// @notice Current timepoint of the ERC-6372 clock: the block timestamp, which is the token's clock.
    /// @dev GovernorVotes asks the token on every call, so every vote paid for a call in `state()` (and the vote that
    /// reaches quorum for a second one). EmissionsDaoToken's clock is `Time.timestamp()` in code that cannot change,
    /// so this returns the same value without the call. CLOCK_MODE still comes from the token ("mode=timestamp").
    /// @return The current block timestamp as uint48.
    function clock() public view override(Governor, GovernorVotes) returns (uint48) {
        return Time.timestamp();
    }

    /// @dev {quorum}'s fixed-supply formula, from the numerator the tally cached. Plain arithmetic gives the same
    /// value as `Math.mulDiv` and cannot overflow: the supply is below 2^96 (checked in the constructor) and the
    /// numerator below 2^16. Division by zero would still revert in an unchecked block.
    function _snapshotQuorum(uint256, uint256 snapshotNumerator) internal view override returns (uint256) {
        unchecked {
            return _fixedTotalSupply * snapshotNumerator / quorumDenominator();
        }
    }

    function _updateQuorumNumerator(uint256 newQuorumNumerator) internal override {
        super._updateQuorumNumerator(newQuorumNumerator);
        _latestQuorumNumerator = LatestQuorumNumerator(clock(), SafeCast.toUint208(newQuorumNumerator));
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
        override(Governor, GovernorPreventLateQuorum, GovernorCountingSimpleLateQuorum)
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
    function _tallyUpdated(uint256 proposalId)
        internal
        override(Governor, GovernorPreventLateQuorum, GovernorCountingSimpleLateQuorum)
    {
        super._tallyUpdated(proposalId);
    }
}
