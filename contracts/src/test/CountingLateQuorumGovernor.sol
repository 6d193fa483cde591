// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {GovernorVotesQuorumFraction} from
    "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {GovernorPreventLateQuorum} from "@openzeppelin/contracts/governance/extensions/GovernorPreventLateQuorum.sol";
import {GovernorCountingSimpleLateQuorum} from "../governance/GovernorCountingSimpleLateQuorum.sol";

/// @title GovernorCountingSimpleLateQuorum on its own (tests only)
/// @notice TEST ONLY, never deployed by the portal. The counting module with OpenZeppelin's stock quorum (the token's
/// past total supply, no fixed-supply shortcut) and no timelock or supply check, so that tests reach the module's
/// own guards, such as a vote total that does not fit 96 bits.
contract CountingLateQuorumGovernor is
    Governor,
    GovernorSettings,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorPreventLateQuorum,
    GovernorCountingSimpleLateQuorum
{
    /// @param _token Voting power and clock.
    /// @param _votingDelay Clock units between proposing and voting.
    /// @param _votingPeriod Clock units of voting.
    /// @param _quorumNumerator Quorum in percent of the past total supply.
    /// @param _voteExtension Minimum voting time left after quorum is reached.
    constructor(IVotes _token, uint48 _votingDelay, uint32 _votingPeriod, uint256 _quorumNumerator, uint48 _voteExtension)
        Governor("CountingLateQuorumGovernor")
        GovernorSettings(_votingDelay, _votingPeriod, 0)
        GovernorVotes(_token)
        GovernorVotesQuorumFraction(_quorumNumerator)
        GovernorPreventLateQuorum(_voteExtension)
    {}

    /// @notice Voting power needed to create a proposal (0).
    /// @return The proposal threshold.
    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold();
    }

    /// @notice End of the voting period, possibly extended because quorum was reached late.
    /// @param proposalId The proposal id.
    /// @return The deadline in clock units.
    function proposalDeadline(uint256 proposalId)
        public
        view
        override(Governor, GovernorPreventLateQuorum, GovernorCountingSimpleLateQuorum)
        returns (uint256)
    {
        return super.proposalDeadline(proposalId);
    }

    /// @dev Hook after each vote: may extend the deadline when quorum is reached late.
    function _tallyUpdated(uint256 proposalId)
        internal
        override(Governor, GovernorPreventLateQuorum, GovernorCountingSimpleLateQuorum)
    {
        super._tallyUpdated(proposalId);
    }
}
