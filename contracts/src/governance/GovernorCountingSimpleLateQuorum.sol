// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorPreventLateQuorum} from "@openzeppelin/contracts/governance/extensions/GovernorPreventLateQuorum.sol";
import {GovernorVotesQuorumFraction} from
    "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title Simple vote counting with late-quorum protection, one storage slot per proposal
/// @notice Counts votes as OpenZeppelin's GovernorCountingSimple and extends deadlines as OpenZeppelin's
/// GovernorPreventLateQuorum, with the same observable behaviour: the same `COUNTING_MODE`, `hasVoted`,
/// `proposalVotes`, vote types, errors (`GovernorAlreadyCastVote`, `GovernorInvalidVoteType`), quorum and success
/// rules, `proposalDeadline`, `ProposalExtended` events (emitted after `VoteCast`, as there) and
/// `lateQuorumVoteExtension` parameter (inherited unchanged, with its setter, bound, event and error).
/// @dev Derived from OpenZeppelin Contracts 5.4.0 GovernorCountingSimple and 5.7.0 GovernorPreventLateQuorum (MIT).
/// Only the storage differs, so that a vote costs about what it costs in a governor without late-quorum protection
/// (contracts/gas-report.md). Composed as is, GovernorPreventLateQuorum checks the quorum after every vote (a cold read
/// of the Abstain total and of the quorum numerator), reads its own `_extendedDeadlines` mapping in every `state()`
/// and, in the vote that reaches quorum, writes that mapping from zero (20,000 gas). Here the For and Abstain totals,
/// the extended deadline and the quorum numerator in force at the proposal snapshot share one slot: `state()` reads it
/// for the deadline, a For or Abstain vote writes it anyway, so the check and the deadline write touch warm storage
/// (an Against vote, whose total has its own slot, pays one cold read of it):
///
/// - `proposalDeadline` and `_tallyUpdated` replace GovernorPreventLateQuorum's versions without calling them: its
///   private `_extendedDeadlines` mapping is never written, and the extended deadline lives in the tally.
/// - The numerator is cached by the first For or Abstain vote (whose write of the slot it joins). Exact: a vote is only
///   accepted once the snapshot is in the past, and a numerator update is checkpointed at the current clock, so the
///   numerator in force at the snapshot cannot change any more. Until then, and for numerators that do not fit the
///   cache, the quorum is read as in GovernorVotesQuorumFraction.
/// - Totals are `uint96`: checked with SafeCast, and no real token overflows them (one account votes once per proposal,
///   so each total is at most the token's total supply at the snapshot; 2^96 - 1 is about 7.9e28 base units).
abstract contract GovernorCountingSimpleLateQuorum is GovernorVotesQuorumFraction, GovernorPreventLateQuorum {
    /// @dev Supported vote types. Matches Governor Bravo ordering (and GovernorCountingSimple).
    enum VoteType {
        Against,
        For,
        Abstain
    }

    uint256 private constant _VOTES_MASK = type(uint96).max;
    uint256 private constant _ABSTAIN_SHIFT = 96;
    uint256 private constant _DEADLINE_SHIFT = 192;
    uint256 private constant _NUMERATOR_SHIFT = 240;

    /// @dev A proposal's tally word, from the low bits: For votes (96 bits), Abstain votes (96), extended deadline
    /// (48, 0 until quorum is reached), quorum numerator in force at the snapshot plus one (16, 0 until cached).
    /// Packed by hand: reading it into a struct and writing it back costs about a thousand gas more per vote.
    mapping(uint256 proposalId => uint256) private _tallies;
    mapping(uint256 proposalId => uint256) private _againstVotes;
    mapping(uint256 proposalId => mapping(address voter => bool)) private _hasVoted;

    /// @notice How votes are counted (as GovernorCountingSimple).
    /// @return "support=bravo&quorum=for,abstain": Against/For/Abstain, quorum counts For and Abstain.
    // solhint-disable-next-line func-name-mixedcase
    function COUNTING_MODE() public pure virtual override returns (string memory) {
        return "support=bravo&quorum=for,abstain";
    }

    /// @notice Whether `account` has voted on `proposalId`.
    /// @param proposalId The proposal id.
    /// @param account The voter.
    /// @return True once the account's vote is counted.
    function hasVoted(uint256 proposalId, address account) public view virtual override returns (bool) {
        return _hasVoted[proposalId][account];
    }

    /// @notice The vote totals of a proposal.
    /// @param proposalId The proposal id.
    /// @return againstVotes Weight voted Against.
    /// @return forVotes Weight voted For.
    /// @return abstainVotes Weight voted Abstain.
    function proposalVotes(uint256 proposalId)
        public
        view
        virtual
        returns (uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
    {
        uint256 tally = _tallies[proposalId];
        return (_againstVotes[proposalId], tally & _VOTES_MASK, (tally >> _ABSTAIN_SHIFT) & _VOTES_MASK);
    }

    /// @notice End of the voting period, extended when quorum was reached less than `lateQuorumVoteExtension()`
    /// before it (GovernorPreventLateQuorum's rule).
    /// @param proposalId The proposal id.
    /// @return The deadline in clock units.
    function proposalDeadline(uint256 proposalId)
        public
        view
        virtual
        override(Governor, GovernorPreventLateQuorum)
        returns (uint256)
    {
        return Math.max(Governor.proposalDeadline(proposalId), _extendedDeadline(_tallies[proposalId]));
    }

    /// @dev `quorum(proposalSnapshot(proposalId))` given the quorum numerator in force at the snapshot, with
    /// GovernorVotesQuorumFraction's formula. Override only to compute the same value more cheaply.
    function _snapshotQuorum(uint256 proposalId, uint256 snapshotNumerator) internal view virtual returns (uint256) {
        return Math.mulDiv(
            token().getPastTotalSupply(proposalSnapshot(proposalId)), snapshotNumerator, quorumDenominator()
        );
    }

    /// @dev GovernorCountingSimple's rule: For + Abstain reach the quorum at the snapshot.
    function _quorumReached(uint256 proposalId) internal view virtual override returns (bool) {
        return _quorumReached(proposalId, _tallies[proposalId]);
    }

    /// @dev GovernorCountingSimple's rule: For strictly over Against.
    function _voteSucceeded(uint256 proposalId) internal view virtual override returns (bool) {
        return _tallies[proposalId] & _VOTES_MASK > _againstVotes[proposalId];
    }

    /// @dev GovernorCountingSimple's `_countVote`, same checks in the same order. The first For or Abstain vote with
    /// weight also caches the snapshot's quorum numerator in the word it writes (not a vote of no weight: it must not
    /// turn an empty slot non-zero, 20,000 gas, just for the cache).
    function _countVote(
        uint256 proposalId,
        address account,
        uint8 support,
        uint256 totalWeight,
        bytes memory // params
    ) internal virtual override returns (uint256) {
        mapping(address voter => bool) storage voted = _hasVoted[proposalId];
        if (voted[account]) {
            revert GovernorAlreadyCastVote(account);
        }
        voted[account] = true;

        if (support == uint8(VoteType.Against)) {
            _againstVotes[proposalId] += totalWeight;
            return totalWeight;
        }

        uint256 tally = _tallies[proposalId];
        uint256 forVotes = tally & _VOTES_MASK;
        uint256 abstainVotes = (tally >> _ABSTAIN_SHIFT) & _VOTES_MASK;
        uint256 numeratorPlusOne = tally >> _NUMERATOR_SHIFT;
        if (support == uint8(VoteType.For)) {
            forVotes = SafeCast.toUint96(forVotes + totalWeight);
        } else if (support == uint8(VoteType.Abstain)) {
            abstainVotes = SafeCast.toUint96(abstainVotes + totalWeight);
        } else {
            revert GovernorInvalidVoteType();
        }
        if (numeratorPlusOne == 0 && totalWeight != 0) {
            uint256 numerator = quorumNumerator(proposalSnapshot(proposalId));
            if (numerator < type(uint16).max) {
                unchecked {
                    numeratorPlusOne = numerator + 1;
                }
            }
        }
        _tallies[proposalId] = _pack(forVotes, abstainVotes, _extendedDeadline(tally), numeratorPlusOne);

        return totalWeight;
    }

    /// @dev GovernorPreventLateQuorum's `_tallyUpdated`: the first vote after which quorum is reached sets the
    /// extended deadline to `clock() + lateQuorumVoteExtension()` (always recorded, emitted as ProposalExtended when
    /// it is later than the deadline). Skips GovernorPreventLateQuorum's version, which keeps its own mapping.
    function _tallyUpdated(uint256 proposalId) internal virtual override(Governor, GovernorPreventLateQuorum) {
        Governor._tallyUpdated(proposalId);
        uint256 tally = _tallies[proposalId];
        if (_extendedDeadline(tally) == 0 && _quorumReached(proposalId, tally)) {
            uint48 extendedDeadline = clock() + lateQuorumVoteExtension();

            // proposalDeadline(proposalId), as the tally holds no extended deadline yet.
            if (extendedDeadline > Governor.proposalDeadline(proposalId)) {
                emit ProposalExtended(proposalId, extendedDeadline);
            }

            _tallies[proposalId] = tally | (uint256(extendedDeadline) << _DEADLINE_SHIFT);
        }
    }

    /// @dev For + Abstain reach `quorum(proposalSnapshot(proposalId))`, from the tally's cached numerator if any.
    function _quorumReached(uint256 proposalId, uint256 tally) private view returns (bool) {
        uint256 numeratorPlusOne = tally >> _NUMERATOR_SHIFT;
        // Unchecked: numeratorPlusOne - 1 runs only when it is not zero; two 96-bit totals cannot overflow.
        unchecked {
            uint256 required = numeratorPlusOne == 0
                ? quorum(proposalSnapshot(proposalId))
                : _snapshotQuorum(proposalId, numeratorPlusOne - 1);
            return required <= (tally & _VOTES_MASK) + ((tally >> _ABSTAIN_SHIFT) & _VOTES_MASK);
        }
    }

    function _extendedDeadline(uint256 tally) private pure returns (uint48) {
        return uint48(tally >> _DEADLINE_SHIFT);
    }

    /// @dev Inputs must fit their fields (96, 96, 48 and 16 bits), as the callers ensure.
    function _pack(uint256 forVotes, uint256 abstainVotes, uint48 extendedDeadline, uint256 numeratorPlusOne)
        private
        pure
        returns (uint256)
    {
        return forVotes | (abstainVotes << _ABSTAIN_SHIFT) | (uint256(extendedDeadline) << _DEADLINE_SHIFT)
            | (numeratorPlusOne << _NUMERATOR_SHIFT);
    }
}
