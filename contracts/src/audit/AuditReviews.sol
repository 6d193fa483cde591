// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {AuditRegistry} from "./AuditRegistry.sol";
import {AuditorReputation} from "./AuditorReputation.sol";

/// @title Community reviews of finished audits
/// @notice Governance-token holders rate the auditors of finished audits (issued or declined in the AuditRegistry)
/// with 1 to 5 stars; each rating awards or withdraws a bounded amount of the auditor's reputation (REP).
/// Reviews are sent directly or signed (EIP-712, nonce, deadline, chain id) and relayed, so reviewers need no gas.
/// @dev Rules (each refusal is a custom error):
/// - Scale: one rating per auditor who revealed a result, in panel order; stars 1..5 are -2..+2 points and one
///   point is `repPerStar` REP, so one review moves an auditor's REP by at most 2 x `repPerStar` (3 stars: none).
///   A withdrawal stops at a zero balance. REP stays non-transferable and keeps halving every REP epoch.
/// - Only finished audits ({AuditRegistry.Status} Issued or Declined), and, if `reviewWindow` is non-zero, only
///   until `reviewWindow` seconds after the audit's reveal deadline (the registry does not store when it was
///   finalized; an escalated audit's DAO vote eats into the window, so keep it well above a governance cycle).
/// - Nobody drawn for the audit's panel and not its requester may review it; one review per audit per reviewer.
/// - Budget: reviews per review epoch (`epochLength` seconds from deployment, fixed) =
///   min(`maxReviewsPerEpoch`, votes / `votesPerReview`), where votes is the reviewer's governance voting power
///   (EmissionsDaoToken.getPastVotes) one second before the epoch started. The snapshot cannot be moved within the
///   epoch, so tokens passed around during an epoch create no new budget, and flash loans give none. Consequence:
///   votes delegated during an epoch count from the next one (on a fresh dev chain, from the second epoch).
/// - Parameters: owner only (the DAO timelock).
contract AuditReviews is Ownable, EIP712, Nonces {
    /// @notice Highest rating (stars); the lowest is 1, {NEUTRAL_STARS} moves nothing.
    uint8 public constant MAX_STARS = 5;
    /// @notice The rating that neither awards nor withdraws reputation.
    uint8 public constant NEUTRAL_STARS = 3;

    bytes32 private constant REVIEW_TYPEHASH =
        keccak256("Review(uint256 requestId,address reviewer,uint8[] stars,uint256 nonce,uint256 deadline)");

    /// @notice DAO parameters (owner = timelock).
    struct ReviewParameters {
        uint96 repPerStar;
        uint96 votesPerReview;
        uint16 maxReviewsPerEpoch;
        uint32 reviewWindow;
    }

    /// @notice A reviewer's signed review (EIP-712 type `Review`).
    struct ReviewMessage {
        uint256 requestId;
        address reviewer;
        uint8[] stars;
        uint256 nonce;
        uint256 deadline;
    }

    /// @notice Why an account may not review an audit now (see {eligibility}).
    enum Eligibility {
        Eligible,
        NotFinished,
        WindowClosed,
        WasAuditor,
        IsRequester,
        AlreadyReviewed,
        BudgetExhausted
    }

    struct Usage {
        uint64 epoch;
        uint64 used;
    }

    AuditRegistry private immutable _registry;
    AuditorReputation private immutable _reputation;
    IVotes private immutable _token;
    uint256 private immutable _genesis;
    uint256 private immutable _epochLength;
    ReviewParameters private _params;
    mapping(uint256 requestId => mapping(address reviewer => bool)) private _reviewed;
    mapping(address reviewer => Usage) private _usage;

    /// @notice The audit is not finished (issued or declined), so it cannot be reviewed.
    error AuditNotFinished(uint256 requestId, AuditRegistry.Status status);
    /// @notice The review window of the audit closed at `closedAt`.
    error ReviewWindowClosed(uint256 requestId, uint256 closedAt);
    /// @notice The reviewer was drawn for the audit's panel.
    error ReviewerWasAuditor(uint256 requestId, address reviewer);
    /// @notice The reviewer requested the audit.
    error ReviewerIsRequester(uint256 requestId, address reviewer);
    /// @notice The reviewer already reviewed the audit.
    error AlreadyReviewed(uint256 requestId, address reviewer);
    /// @notice The reviewer used its whole budget (`budget` reviews) in review epoch `epoch`.
    error ReviewBudgetExhausted(address reviewer, uint256 epoch, uint256 budget);
    /// @notice The review must rate each of the `expected` auditors who revealed, in panel order.
    error RatingCountMismatch(uint256 requestId, uint256 expected, uint256 given);
    /// @notice Ratings are 1 to 5 stars.
    error InvalidRating(uint256 index, uint8 stars);
    /// @notice A parameter is out of range.
    error InvalidParameter(string name, uint256 value);
    /// @notice The signed review expired.
    error SignatureExpired(uint256 deadline);
    /// @notice The signature is not `signer`'s signature of this review for this chain and contract.
    error InvalidSignature(address signer);

    /// @notice `reviewer` reviewed audit `requestId`, its `used`-th review of review epoch `epoch`.
    event Reviewed(uint256 indexed requestId, address indexed reviewer, uint256 epoch, uint256 used);
    /// @notice In review of `requestId`, `reviewer` gave `auditor` `stars`, changing its REP by `applied`.
    event AuditorRated(
        uint256 indexed requestId, address indexed auditor, address indexed reviewer, uint8 stars, int256 applied
    );
    /// @notice The parameters changed.
    event ReviewParametersUpdated(ReviewParameters parameters);

    /// @param _initialOwner Owner of the parameters (the DAO timelock).
    /// @param _auditRegistry Registry whose finished audits are reviewed; its reputation contract is the one adjusted.
    /// @param _governanceToken ERC-5805 votes token (EmissionsDaoToken) whose past votes set the budgets.
    /// @param _reviewEpochLength Seconds per review epoch (budgets reset each epoch).
    /// @param _initialParameters Initial parameters.
    constructor(
        address _initialOwner,
        AuditRegistry _auditRegistry,
        IVotes _governanceToken,
        uint256 _reviewEpochLength,
        ReviewParameters memory _initialParameters
    ) Ownable(_initialOwner) EIP712("AuditReviews", "1") {
        if (_reviewEpochLength == 0) revert InvalidParameter("epochLength", 0);
        (address reputation,) = _auditRegistry.contracts();
        _registry = _auditRegistry;
        _reputation = AuditorReputation(reputation);
        _token = _governanceToken;
        _genesis = block.timestamp;
        _epochLength = _reviewEpochLength;
        _setParameters(_initialParameters);
    }

    // ---- Reviews ----

    /// @notice Reviews a finished audit from the caller's account.
    /// @param requestId The audit (AuditRegistry request id).
    /// @param stars One rating (1..5) per auditor who revealed, in panel order (see AuditRegistry.ballotsOf).
    function review(uint256 requestId, uint8[] calldata stars) external {
        _review(requestId, msg.sender, stars);
    }

    /// @notice Reviews a finished audit on behalf of the reviewer who signed `message`; anyone (normally the
    /// portal's relayer) may submit, the reviewer needs no gas.
    /// @param message The signed review.
    /// @param signature The reviewer's EIP-712 signature of `message`.
    function reviewBySig(ReviewMessage calldata message, bytes calldata signature) external {
        if (block.timestamp > message.deadline) revert SignatureExpired(message.deadline);
        _useCheckedNonce(message.reviewer, message.nonce);
        bytes32 structHash = keccak256(
            abi.encode(
                REVIEW_TYPEHASH,
                message.requestId,
                message.reviewer,
                keccak256(abi.encodePacked(_widen(message.stars))),
                message.nonce,
                message.deadline
            )
        );
        if (!SignatureChecker.isValidSignatureNow(message.reviewer, _hashTypedDataV4(structHash), signature)) {
            revert InvalidSignature(message.reviewer);
        }
        _review(message.requestId, message.reviewer, message.stars);
    }

    // ---- DAO ----

    /// @notice Sets the review parameters. Only the owner (the timelock).
    /// @param newParameters REP per star point, votes per review of budget, budget cap per epoch, review window (s).
    function setParameters(ReviewParameters calldata newParameters) external onlyOwner {
        _setParameters(newParameters);
    }

    // ---- Views ----

    /// @notice Whether `reviewer` may review audit `requestId` now, and if not, why.
    /// @param requestId The audit.
    /// @param reviewer The reviewer.
    /// @return The first rule that refuses the review, or Eligible.
    function eligibility(uint256 requestId, address reviewer) external view returns (Eligibility) {
        AuditRegistry.Request memory request = _registry.requestOf(requestId);
        if (request.status != AuditRegistry.Status.Issued && request.status != AuditRegistry.Status.Declined) {
            return Eligibility.NotFinished;
        }
        uint256 window = _params.reviewWindow;
        if (window != 0 && block.timestamp > uint256(request.revealDeadline) + window) return Eligibility.WindowClosed;
        AuditRegistry.Ballot[] memory ballots = _registry.ballotsOf(requestId);
        for (uint256 i = 0; i < ballots.length; ++i) {
            if (ballots[i].auditor == reviewer) return Eligibility.WasAuditor;
        }
        if (request.requester == reviewer) return Eligibility.IsRequester;
        if (_reviewed[requestId][reviewer]) return Eligibility.AlreadyReviewed;
        (, uint256 budget, uint256 used) = budgetOf(reviewer);
        return used >= budget ? Eligibility.BudgetExhausted : Eligibility.Eligible;
    }

    /// @notice `reviewer`'s review budget in the current review epoch.
    /// @param reviewer The reviewer.
    /// @return epoch The current review epoch.
    /// @return budget Reviews allowed in the epoch.
    /// @return used Reviews made in the epoch.
    function budgetOf(address reviewer) public view returns (uint256 epoch, uint256 budget, uint256 used) {
        epoch = currentEpoch();
        uint256 votes = _token.getPastVotes(reviewer, _genesis + epoch * _epochLength - 1);
        budget = votes / _params.votesPerReview;
        if (budget > _params.maxReviewsPerEpoch) budget = _params.maxReviewsPerEpoch;
        Usage memory usage = _usage[reviewer];
        used = usage.epoch == epoch ? usage.used : 0;
    }

    /// @notice Whether `reviewer` reviewed audit `requestId`.
    /// @param requestId The audit.
    /// @param reviewer The reviewer.
    /// @return True if reviewed.
    function hasReviewed(uint256 requestId, address reviewer) external view returns (bool) {
        return _reviewed[requestId][reviewer];
    }

    /// @notice Current review epoch (0 at deployment).
    /// @return The epoch number.
    function currentEpoch() public view returns (uint256) {
        return (block.timestamp - _genesis) / _epochLength;
    }

    /// @notice Seconds per review epoch and the start of epoch 0.
    /// @return length Seconds per epoch.
    /// @return genesis Timestamp at which epoch 0 started.
    function epochs() external view returns (uint256 length, uint256 genesis) {
        return (_epochLength, _genesis);
    }

    /// @notice Current parameters.
    /// @return The parameters.
    function parameters() external view returns (ReviewParameters memory) {
        return _params;
    }

    /// @notice The registry, reputation and governance token contracts.
    /// @return registry The AuditRegistry.
    /// @return reputation The AuditorReputation.
    /// @return token The governance token.
    function contracts() external view returns (address registry, address reputation, address token) {
        return (address(_registry), address(_reputation), address(_token));
    }

    // ---- Internals ----

    function _review(uint256 requestId, address reviewer, uint8[] calldata stars) private {
        AuditRegistry.Ballot[] memory ballots = _checkRules(requestId, reviewer, stars.length);
        (uint256 epoch, uint256 budget, uint256 used) = budgetOf(reviewer);
        if (used >= budget) revert ReviewBudgetExhausted(reviewer, epoch, budget);
        _reviewed[requestId][reviewer] = true;
        _usage[reviewer] = Usage(uint64(epoch), uint64(used + 1));
        emit Reviewed(requestId, reviewer, epoch, used + 1);
        _rate(requestId, reviewer, ballots, stars);
    }

    /// @dev Checks every rule but the budget and returns the panel's ballots.
    function _checkRules(uint256 requestId, address reviewer, uint256 ratings)
        private
        view
        returns (AuditRegistry.Ballot[] memory ballots)
    {
        AuditRegistry.Request memory request = _registry.requestOf(requestId);
        if (request.status != AuditRegistry.Status.Issued && request.status != AuditRegistry.Status.Declined) {
            revert AuditNotFinished(requestId, request.status);
        }
        uint256 window = _params.reviewWindow;
        if (window != 0 && block.timestamp > uint256(request.revealDeadline) + window) {
            revert ReviewWindowClosed(requestId, uint256(request.revealDeadline) + window);
        }
        ballots = _registry.ballotsOf(requestId);
        uint256 revealed;
        for (uint256 i = 0; i < ballots.length; ++i) {
            if (ballots[i].auditor == reviewer) revert ReviewerWasAuditor(requestId, reviewer);
            if (ballots[i].state == AuditRegistry.BallotState.Revealed) ++revealed;
        }
        if (request.requester == reviewer) revert ReviewerIsRequester(requestId, reviewer);
        if (_reviewed[requestId][reviewer]) revert AlreadyReviewed(requestId, reviewer);
        if (ratings != revealed) revert RatingCountMismatch(requestId, revealed, ratings);
    }

    /// @dev Applies each rating to the auditor who revealed, in panel order.
    function _rate(uint256 requestId, address reviewer, AuditRegistry.Ballot[] memory ballots, uint8[] calldata stars)
        private
    {
        int256 repPerStar = int256(uint256(_params.repPerStar));
        uint256 k;
        for (uint256 i = 0; i < ballots.length; ++i) {
            if (ballots[i].state != AuditRegistry.BallotState.Revealed) continue;
            uint8 rating = stars[k];
            if (rating == 0 || rating > MAX_STARS) revert InvalidRating(k, rating);
            ++k;
            int256 delta = (int256(uint256(rating)) - int256(uint256(NEUTRAL_STARS))) * repPerStar;
            address auditor = ballots[i].auditor;
            int256 applied = delta == 0 ? int256(0) : _reputation.review(auditor, delta);
            emit AuditorRated(requestId, auditor, reviewer, rating, applied);
        }
    }

    function _setParameters(ReviewParameters memory params) private {
        if (params.votesPerReview == 0) revert InvalidParameter("votesPerReview", 0);
        _params = params;
        emit ReviewParametersUpdated(params);
    }

    /// @dev EIP-712 encodes each array member as a 32-byte word.
    function _widen(uint8[] calldata stars) private pure returns (uint256[] memory words) {
        words = new uint256[](stars.length);
        for (uint256 i = 0; i < stars.length; ++i) {
            words[i] = stars[i];
        }
    }
}
