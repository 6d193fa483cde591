// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {AuditorReputation} from "./AuditorReputation.sol";
import {EmissionsRecords, IAuditEvidence} from "./EmissionsRecords.sol";

/// @title Audit registry
/// @notice The audit lifecycle, enforced on chain: a requester's signed request (EIP-712) and fee permit (EIP-2612)
/// are relayed; the fee goes into escrow; a panel of distinct auditors is drawn with chances proportional to
/// reputation (never the requester); auditors commit sealed results and reveal them (directly or as relayed EIP-712
/// messages); anyone finalizes: the reputation-weighted median of the "issue" results becomes the official total,
/// a weighted majority decides issue versus decline, dispersed results (or the DAO's "always vote" mode) escalate
/// to a DAO vote, an issued result writes an emissions record; auditors who revealed are paid from the escrow, the
/// protocol share goes to the treasury (the owner, i.e. the timelock), everything by pull payment.
/// @dev Conventions (also in contracts/README.md):
/// - Weights: an auditor's weight is its current reputation plus 1 wei (so zero reputation still counts).
/// - Official total: the lower weighted median of the revealed issue results (smallest value at which the
///   cumulative weight reaches half the issue weight).
/// - Verdict: issue if the issue weight exceeds the decline weight, decline if lower, escalation on a tie. The
///   decline reason is the reason code with the largest total weight (ties: first revealed).
/// - Dispersion: weighted mean absolute deviation of the issue results from the median, in basis points of the
///   median (a zero median counts any non-zero result as 100 %). Above `dispersionThresholdBps`: escalation.
/// - Payout: fee x protocolShareBps goes to the treasury; the rest is split equally among the auditors who
///   revealed (they did the work whatever their reputation); the rounding remainder goes to the treasury. If no
///   auditor revealed, the whole fee is refunded to the requester.
/// - Reputation: a revealed result within `coherenceToleranceBps` of the final result (same verdict) earns
///   `coherenceReward`; otherwise the auditor loses its deviation in basis points of its reputation (a different
///   verdict counts as 100 %), at most 50 %. Missing the commit or the reveal loses `missPenaltyBps`.
/// - Randomness: {_randomness} is the single source (see there).
contract AuditRegistry is Ownable, EIP712, Nonces, ReentrancyGuardTransient, IAuditEvidence {
    using SafeERC20 for IERC20;

    /// @notice Largest panel the registry supports.
    uint256 public constant MAX_PANEL_SIZE = 7;
    uint256 private constant BPS = 10_000;
    uint256 private constant MAX_DEVIATION_PENALTY_BPS = 5_000;
    /// @notice Decline reason set by {finalize} when a record of the subject issued since the request overlaps its
    /// period (the request can never be recorded). Auditors' own reason codes are 1 to 65,534.
    uint16 public constant REASON_PERIOD_ALREADY_RECORDED = type(uint16).max;
    uint256 private constant CREDIT_FLAG = 1 << 255;
    /// @dev Bit 113 of a packed result: the revealed factor set differs from the request's (see {_revealedFactorSets}).
    bytes32 private constant FACTOR_SET_DIFFERS = bytes32(uint256(1) << 113);

    bytes32 private constant AUDIT_REQUEST_TYPEHASH = keccak256(
        "AuditRequest(address requester,bytes32 subjectKey,uint32 periodStart,uint32 periodEnd,bytes32 activityHash,"
        "bytes32 factorSetHash,bytes32[] documentHashes,uint256 fee,uint256 nonce,uint256 deadline)"
    );
    bytes32 private constant COMMIT_TYPEHASH =
        keccak256("Commit(uint256 requestId,address auditor,bytes32 commitment,uint256 nonce,uint256 deadline)");
    bytes32 private constant REVEAL_TYPEHASH = keccak256(
        "Reveal(uint256 requestId,address auditor,bool issue,uint256 grams,bytes32 factorSetHash,uint16 reasonCode,"
        "bytes32 salt,uint256 nonce,uint256 deadline)"
    );

    enum Status {
        None,
        Open,
        Escalated,
        AwaitingRecord,
        Issued,
        Declined,
        Refunded
    }

    enum BallotState {
        Drawn,
        Committed,
        Revealed
    }

    /// @notice DAO parameters (owner = timelock).
    struct Parameters {
        uint96 fee;
        uint8 panelSize;
        bool alwaysVote;
        uint16 dispersionThresholdBps;
        uint16 coherenceToleranceBps;
        uint16 protocolShareBps;
        uint16 missPenaltyBps;
        uint32 commitDuration;
        uint32 revealDuration;
        uint96 coherenceReward;
    }

    /// @notice The requester's signed request (EIP-712 type `AuditRequest`).
    struct AuditRequest {
        address requester;
        bytes32 subjectKey;
        uint32 periodStart;
        uint32 periodEnd;
        bytes32 activityHash;
        bytes32 factorSetHash;
        bytes32[] documentHashes;
        uint256 fee;
        uint256 nonce;
        uint256 deadline;
    }

    /// @notice The requester's EIP-2612 permit for exactly the fee, spender = this registry.
    struct PermitSignature {
        uint256 deadline;
        uint8 v;
        bytes32 r;
        bytes32 s;
    }

    /// @notice An auditor's signed commitment (EIP-712 type `Commit`).
    struct CommitMessage {
        uint256 requestId;
        address auditor;
        bytes32 commitment;
        uint256 nonce;
        uint256 deadline;
    }

    /// @notice A revealed result: issue with grams CO2e and the factor set used, or decline with a reason code.
    struct Result {
        bool issue;
        uint256 grams;
        bytes32 factorSetHash;
        uint16 reasonCode;
        bytes32 salt;
    }

    /// @notice An auditor's signed reveal (EIP-712 type `Reveal`).
    struct RevealMessage {
        uint256 requestId;
        address auditor;
        bool issue;
        uint256 grams;
        bytes32 factorSetHash;
        uint16 reasonCode;
        bytes32 salt;
        uint256 nonce;
        uint256 deadline;
    }

    /// @notice A request (view). The activity and document hashes are not stored: they are in `RequestCreated`
    /// (and signed by the requester); `recordId` equals the request id once issued (0 otherwise).
    struct Request {
        address requester;
        uint32 periodStart;
        uint32 periodEnd;
        Status status;
        uint8 panelSize;
        uint8 committedMask;
        uint8 revealedMask;
        bytes32 subjectKey;
        bytes32 factorSetHash;
        uint96 fee;
        uint32 commitDeadline;
        uint32 revealDeadline;
        uint64 recordId;
        uint16 reasonCode;
        uint16 feeTokenIndex;
    }

    /// @dev A request as stored: four slots. Slot 0 holds everything commit and reveal read or write; slot 1 what
    /// finalize adds; then the subject and the factor set.
    struct StoredRequest {
        address requester;
        Status status;
        uint8 panelSize;
        uint8 committedMask;
        uint8 revealedMask;
        uint32 commitDeadline;
        uint32 revealDeadline;
        uint96 fee;
        uint32 periodStart;
        uint32 periodEnd;
        uint16 reasonCode;
        uint16 feeTokenIndex;
        bytes32 subjectKey;
        bytes32 factorSetHash;
    }

    /// @dev The parameters as stored, in two slots: what a request reads (with the current fee token's index) and
    /// what finalize reads.
    struct Config {
        uint96 fee;
        uint8 panelSize;
        uint32 commitDuration;
        uint32 revealDuration;
        uint16 feeTokenIndex;
    }

    struct Rules {
        bool alwaysVote;
        uint16 dispersionThresholdBps;
        uint16 coherenceToleranceBps;
        uint16 protocolShareBps;
        uint16 missPenaltyBps;
        uint96 coherenceReward;
    }

    /// @notice One panel member's ballot, for views.
    struct Ballot {
        address auditor;
        BallotState state;
        bytes32 commitment;
        bool issue;
        uint256 grams;
        bytes32 factorSetHash;
        uint16 reasonCode;
    }

    struct Tally {
        uint256 issueWeight;
        uint256 declineWeight;
        uint256 medianGrams;
        uint256 medianIndex;
        uint256 dispersionBps;
        uint16 reasonCode;
    }

    /// @dev Revealed results during a tally: issue results sorted by grams, or decline reasons with weights.
    struct Entries {
        uint256[] keys;
        uint256[] weights;
        uint256[] positions;
        uint256 count;
    }

    AuditorReputation private immutable _reputation;
    EmissionsRecords private immutable _records;
    Config private _config;
    /// @dev Current fee token and the request counter share a slot (a request reads the one and bumps the other).
    address private _feeToken;
    uint96 private _requestCount;
    Rules private _rules;
    mapping(uint256 index => address) private _feeTokens;
    mapping(uint256 requestId => StoredRequest) private _requests;
    mapping(uint256 requestId => address[MAX_PANEL_SIZE]) private _panels;
    /// @dev Per panel position: the commitment until the reveal, then the packed result (see {_packResult}).
    mapping(uint256 requestId => bytes32[MAX_PANEL_SIZE]) private _ballots;
    /// @dev Factor set of a revealed issue result, stored only when it differs from the request's.
    mapping(uint256 requestId => mapping(uint256 position => bytes32)) private _revealedFactorSets;
    /// @dev Factor set of the final result, stored only when it differs from the request's.
    mapping(uint256 requestId => bytes32) private _finalFactorSets;
    /// @dev Total decided by the DAO for an escalated request, until its record is written.
    mapping(uint256 requestId => uint96) private _resolvedGrams;
    /// @dev Credit | CREDIT_FLAG once a payee was ever credited: a withdrawal leaves the flag, so the next credit
    /// rewrites a non-zero slot (5,000 gas) instead of filling an empty one (22,100).
    mapping(address token => mapping(address payee => uint256)) private _credits;

    /// @notice A parameter is out of range.
    error InvalidParameter(string name, uint256 value);
    /// @notice An address is zero.
    error ZeroAddress();
    /// @notice The signed message's deadline has passed.
    error SignatureExpired(uint256 deadline);
    /// @notice The signature is not `signer`'s signature of this message on this chain and registry.
    error InvalidSignature(address signer);
    /// @notice The signed fee differs from the current fee.
    error FeeMismatch(uint256 currentFee, uint256 signedFee);
    /// @notice The period ends before it starts.
    error InvalidPeriod(uint32 startDay, uint32 endDay);
    /// @notice The request is not open for commits and reveals.
    error RequestNotOpen(uint256 requestId, Status status);
    /// @notice `account` was not drawn for the request.
    error NotOnPanel(uint256 requestId, address account);
    /// @notice The auditor already committed.
    error AlreadyCommitted(uint256 requestId, address auditor);
    /// @notice The commit phase ended.
    error CommitPhaseOver(uint256 requestId, uint256 commitDeadline);
    /// @notice A commitment must not be zero.
    error EmptyCommitment();
    /// @notice The auditor did not commit, so it cannot reveal.
    error NotCommitted(uint256 requestId, address auditor);
    /// @notice The auditor already revealed.
    error AlreadyRevealed(uint256 requestId, address auditor);
    /// @notice Reveals open when every panel member has committed or the commit phase has ended.
    error RevealNotOpen(uint256 requestId, uint256 commitDeadline);
    /// @notice The reveal phase ended.
    error RevealPhaseOver(uint256 requestId, uint256 revealDeadline);
    /// @notice The revealed result and salt do not hash to the auditor's commitment.
    error CommitmentMismatch(uint256 requestId, address auditor);
    /// @notice A decline needs a non-zero reason code.
    error MissingDeclineReason();
    /// @notice The total does not fit the record (2^96 - 1 grams).
    error EmissionsTooLarge(uint256 grams);
    /// @notice Finalize is possible after the reveal deadline, or once everyone who committed has revealed.
    error FinalizeTooEarly(uint256 requestId, uint256 revealDeadline);
    /// @notice The request cannot be finalized in its status (e.g. it is already final).
    error RequestNotFinalizable(uint256 requestId, Status status);
    /// @notice The request is not escalated.
    error NotEscalated(uint256 requestId, Status status);
    /// @notice Nothing to withdraw.
    error NothingToWithdraw(address payee, address token);

    /// @notice A request was created and its fee escrowed.
    event RequestCreated(
        uint256 indexed requestId,
        address indexed requester,
        bytes32 indexed subjectKey,
        uint32 periodStart,
        uint32 periodEnd,
        bytes32 activityHash,
        bytes32 factorSetHash,
        bytes32[] documentHashes,
        address feeToken,
        uint256 fee
    );
    /// @notice The request's panel was drawn.
    event PanelDrawn(uint256 indexed requestId, address[] auditors, uint256 commitDeadline, uint256 revealDeadline);
    /// @notice An auditor committed a sealed result.
    event ResultCommitted(uint256 indexed requestId, address indexed auditor, bytes32 commitment);
    /// @notice An auditor revealed its result.
    event ResultRevealed(
        uint256 indexed requestId,
        address indexed auditor,
        bool issue,
        uint256 grams,
        bytes32 factorSetHash,
        uint16 reasonCode
    );
    /// @notice The request was issued: record `recordId` holds the official total.
    event RequestIssued(uint256 indexed requestId, uint256 indexed recordId, uint256 grams, bytes32 factorSetHash);
    /// @notice The request was declined with `reasonCode`.
    event RequestDeclined(uint256 indexed requestId, uint16 reasonCode);
    /// @notice The results dispersed (or the DAO votes on every audit): the DAO settles the request.
    event RequestEscalated(
        uint256 indexed requestId, uint256 medianGrams, uint256 dispersionBps, uint256 issueWeight, uint256 declineWeight
    );
    /// @notice The DAO settled an escalated request (an issue still needs {finalize} to write the record).
    event EscalationResolved(uint256 indexed requestId, bool issue, uint256 grams, uint16 reasonCode);
    /// @notice No auditor revealed: the fee was credited back to the requester.
    event RequestRefunded(uint256 indexed requestId, uint256 amount);
    /// @notice `amount` of `token` was credited to `payee` for the request (withdraw with {withdraw}).
    event PaymentCredited(uint256 indexed requestId, address indexed payee, address indexed token, uint256 amount);
    /// @notice `payee` withdrew `amount` of `token`.
    event Withdrawn(address indexed payee, address indexed token, uint256 amount);
    /// @notice The parameters changed (full new set).
    event ParametersUpdated(Parameters parameters);
    /// @notice The fee token changed (requests already open keep theirs).
    event FeeTokenChanged(address indexed feeToken);
    /// @notice An auditor was registered.
    event AuditorAdded(address indexed auditor);
    /// @notice An auditor was deregistered (its open panels are unaffected).
    event AuditorRemoved(address indexed auditor);

    /// @param _initialOwner Owner of the parameters: the deployer during setup, then the timelock.
    /// @param _auditorReputation Reputation contract (weights, panel draw).
    /// @param _emissionsRecords Records contract this registry writes to.
    /// @param _initialFeeToken ERC-20 with EIP-2612 permit in which fees are paid.
    /// @param _initialParameters Initial parameters.
    constructor(
        address _initialOwner,
        AuditorReputation _auditorReputation,
        EmissionsRecords _emissionsRecords,
        address _initialFeeToken,
        Parameters memory _initialParameters
    ) Ownable(_initialOwner) EIP712("AuditRegistry", "1") {
        _reputation = _auditorReputation;
        _records = _emissionsRecords;
        _setFeeToken(_initialFeeToken);
        _setParameters(_initialParameters);
    }

    // ---- Requester (relayed) ----

    /// @notice Creates an audit request from the requester's signed request and fee permit, escrows the fee and
    /// draws the panel. Anyone (normally the portal's relayer) may submit; the requester needs no gas.
    /// @dev A period that already overlaps a record of the subject is refused up front (constant gas: the caller
    /// passes the neighbour hint, checked by {EmissionsRecords-checkPeriod}); a record issued later is caught by
    /// {finalize}.
    /// @param request The signed request; `fee` must equal the current fee.
    /// @param signature The requester's EIP-712 signature of `request`.
    /// @param permit The requester's EIP-2612 permit for `fee` to this registry (skipped if it was already used,
    /// e.g. front-run, as long as the allowance suffices).
    /// @param predecessorHint Id of the subject's record that ends last before the period (0 if none).
    /// @return requestId The new request's id.
    function requestAudit(
        AuditRequest calldata request,
        bytes calldata signature,
        PermitSignature calldata permit,
        uint256 predecessorHint
    ) external nonReentrant returns (uint256 requestId) {
        _verifyRequest(request, signature);
        if (request.periodStart > request.periodEnd) revert InvalidPeriod(request.periodStart, request.periodEnd);
        Config memory config = _config;
        if (request.fee != config.fee) revert FeeMismatch(config.fee, request.fee);
        _records.checkPeriod(
            request.subjectKey, request.periodStart, request.periodEnd, predecessorHint, _subjectOf(predecessorHint)
        );
        address token = _feeToken;
        requestId = ++_requestCount;
        (uint32 commitDeadline, uint32 revealDeadline) = _storeRequest(requestId, request, config);
        address[] memory panel =
            _reputation.drawPanel(_randomness(requestId, request), config.panelSize, request.requester);
        for (uint256 i = 0; i < panel.length; ++i) {
            _panels[requestId][i] = panel[i];
        }
        _emitCreated(requestId, request, token);
        emit PanelDrawn(requestId, panel, commitDeadline, revealDeadline);

        try IERC20Permit(token).permit(
            request.requester, address(this), request.fee, permit.deadline, permit.v, permit.r, permit.s
        ) {} catch {}
        IERC20(token).safeTransferFrom(request.requester, address(this), request.fee);
    }

    // ---- Auditors ----

    /// @notice Commits the caller's sealed result (see {sealResult}).
    /// @param requestId The request.
    /// @param commitment keccak256 of the result and a secret salt, from {sealResult}.
    function commit(uint256 requestId, bytes32 commitment) external nonReentrant {
        _commit(requestId, msg.sender, commitment);
    }

    /// @notice Commits a sealed result signed by the auditor (EIP-712 `Commit`); anyone may relay it.
    /// @param message The signed commit.
    /// @param signature The auditor's signature.
    function commitBySig(CommitMessage calldata message, bytes calldata signature) external nonReentrant {
        _useSigned(
            message.auditor,
            message.nonce,
            message.deadline,
            keccak256(
                abi.encode(
                    COMMIT_TYPEHASH, message.requestId, message.auditor, message.commitment, message.nonce, message.deadline
                )
            ),
            signature
        );
        _commit(message.requestId, message.auditor, message.commitment);
    }

    /// @notice Reveals the caller's committed result.
    /// @param requestId The request.
    /// @param result The result and the salt used in the commitment.
    function reveal(uint256 requestId, Result calldata result) external nonReentrant {
        _reveal(requestId, msg.sender, result);
    }

    /// @notice Reveals a result signed by the auditor (EIP-712 `Reveal`); anyone may relay it.
    /// @param message The signed reveal.
    /// @param signature The auditor's signature.
    function revealBySig(RevealMessage calldata message, bytes calldata signature) external nonReentrant {
        _useSigned(message.auditor, message.nonce, message.deadline, _revealStructHash(message), signature);
        _reveal(
            message.requestId,
            message.auditor,
            Result(message.issue, message.grams, message.factorSetHash, message.reasonCode, message.salt)
        );
    }

    // ---- Finalize and escalation ----

    /// @notice Finalizes a request: after the reveal deadline, or once every auditor who committed has revealed
    /// (all, or the rest after the commit deadline). Issues (writing the record), declines, escalates or refunds.
    /// Also writes the record of an escalated request the DAO resolved as issued. Anyone may call.
    /// @param requestId The request.
    /// @param predecessorHint Id of the subject's record that ends last before the request's period (0 if none);
    /// see EmissionsRecords. Ignored unless a record is written.
    function finalize(uint256 requestId, uint256 predecessorHint) external nonReentrant {
        StoredRequest storage request = _requests[requestId];
        Status status = request.status;
        if (status == Status.AwaitingRecord) {
            bytes32 finalFactorSet = _finalFactorSets[requestId];
            _issue(
                requestId,
                request,
                _resolvedGrams[requestId],
                predecessorHint,
                finalFactorSet == bytes32(0) ? request.factorSetHash : finalFactorSet
            );
            return;
        }
        if (status != Status.Open) revert RequestNotFinalizable(requestId, status);
        if (!_revealPhaseOver(request)) revert FinalizeTooEarly(requestId, request.revealDeadline);

        address[] memory panel = _panelOf(requestId, request.panelSize);
        uint8 revealed = request.revealedMask;
        // Reputations weigh two or more results and size the penalties of auditors who missed; a whole panel of
        // one result needs none (its result is the final one: coherent), except for the escalation event below.
        bool weighed = revealed != _fullMask(panel.length) || revealed & (revealed - 1) != 0;
        uint256[] memory reputations = weighed ? _reputation.reputationsOf(panel) : new uint256[](panel.length);
        if (revealed == 0) {
            request.status = Status.Refunded;
            _credit(requestId, _tokenOf(request.feeTokenIndex), request.requester, request.fee);
            emit RequestRefunded(requestId, request.fee);
            _adjustReputation(requestId, request, panel, reputations, false, 0);
            return;
        }

        Tally memory tally = _tally(requestId, request, reputations);
        bool issue = tally.issueWeight > tally.declineWeight;
        Rules memory rules = _rules;
        if (
            rules.alwaysVote || tally.issueWeight == tally.declineWeight
                || (issue && tally.dispersionBps > rules.dispersionThresholdBps)
        ) {
            request.status = Status.Escalated;
            if (!weighed) tally = _tally(requestId, request, _reputation.reputationsOf(panel));
            emit RequestEscalated(
                requestId, tally.medianGrams, tally.dispersionBps, tally.issueWeight, tally.declineWeight
            );
            return;
        }
        if (issue) {
            bytes32 factorSet;
            if (_ballots[requestId][tally.medianIndex] & FACTOR_SET_DIFFERS != 0) {
                factorSet = _revealedFactorSets[requestId][tally.medianIndex];
            }
            if (factorSet != bytes32(0)) _finalFactorSets[requestId] = factorSet;
            else factorSet = request.factorSetHash;
            _settle(requestId, request, panel, reputations, true, tally.medianGrams, rules);
            _issue(requestId, request, uint96(tally.medianGrams), predecessorHint, factorSet);
        } else {
            _decline(requestId, request, tally.reasonCode);
            _settle(requestId, request, panel, reputations, false, 0, rules);
        }
    }

    /// @notice Settles an escalated request by DAO decision (only the owner, i.e. a passed governor proposal
    /// executed by the timelock): pays the auditors who revealed, moves reputation against the decision, and either
    /// declines the request or marks it for its record, which {finalize} then writes (so that the vote never depends
    /// on a neighbour hint that could be stale by execution time).
    /// @param requestId The escalated request.
    /// @param issue True to issue, false to decline.
    /// @param grams The official total (issue only).
    /// @param reasonCode The decline reason (decline only, non-zero).
    function resolveEscalated(uint256 requestId, bool issue, uint256 grams, uint16 reasonCode)
        external
        onlyOwner
        nonReentrant
    {
        StoredRequest storage request = _requests[requestId];
        if (request.status != Status.Escalated) revert NotEscalated(requestId, request.status);
        if (issue) {
            if (grams > type(uint96).max) revert EmissionsTooLarge(grams);
            request.status = Status.AwaitingRecord;
            _resolvedGrams[requestId] = uint96(grams);
        } else {
            if (reasonCode == 0) revert MissingDeclineReason();
        }
        emit EscalationResolved(requestId, issue, issue ? grams : 0, issue ? 0 : reasonCode);
        if (!issue) _decline(requestId, request, reasonCode);
        address[] memory panel = _panelOf(requestId, request.panelSize);
        _settle(requestId, request, panel, _reputation.reputationsOf(panel), issue, grams, _rules);
    }

    // ---- Payments ----

    /// @notice Withdraws the caller's credited payments in the current fee token.
    function withdraw() external nonReentrant {
        _withdraw(msg.sender, feeToken());
    }

    /// @notice Sends `payee`'s credited payments in `token` to `payee`. Anyone may call (e.g. the relayer for a
    /// requester without gas, or for balances in a former fee token); the money only ever goes to `payee`.
    /// @param payee The account whose credit is paid out.
    /// @param token The token of the credit.
    function withdrawFor(address payee, address token) external nonReentrant {
        _withdraw(payee, token);
    }

    // ---- DAO parameters (owner = timelock) ----

    /// @notice Sets the audit fee (in fee-token base units). Only the owner.
    /// @param fee The new fee.
    function setFee(uint96 fee) external onlyOwner {
        Parameters memory params = parameters();
        params.fee = fee;
        _setParameters(params);
    }

    /// @notice Sets the fee token (ERC-20 with EIP-2612 permit). Open requests keep the token they paid in.
    /// Only the owner.
    /// @param token The new fee token.
    function setFeeToken(address token) external onlyOwner {
        _setFeeToken(token);
    }

    /// @notice Sets the panel size (1 = a single random auditor). Only the owner.
    /// @param panelSize Auditors per request, 1 to {MAX_PANEL_SIZE}.
    function setPanelSize(uint8 panelSize) external onlyOwner {
        Parameters memory params = parameters();
        params.panelSize = panelSize;
        _setParameters(params);
    }

    /// @notice Sets the dispersion above which a request escalates to a DAO vote. Only the owner.
    /// @param thresholdBps Weighted mean absolute deviation from the median, in basis points of the median.
    function setDispersionThreshold(uint16 thresholdBps) external onlyOwner {
        Parameters memory params = parameters();
        params.dispersionThresholdBps = thresholdBps;
        _setParameters(params);
    }

    /// @notice Switches "always vote" mode: every finalized request with a result escalates to a DAO vote.
    /// Only the owner.
    /// @param alwaysVote True to escalate every request.
    function setAlwaysVote(bool alwaysVote) external onlyOwner {
        Parameters memory params = parameters();
        params.alwaysVote = alwaysVote;
        _setParameters(params);
    }

    /// @notice Sets the protocol share of each fee that goes to the treasury. Only the owner.
    /// @param shareBps Share in basis points (at most 10,000).
    function setProtocolShare(uint16 shareBps) external onlyOwner {
        Parameters memory params = parameters();
        params.protocolShareBps = shareBps;
        _setParameters(params);
    }

    /// @notice Sets the commit and reveal phase durations of new requests. Only the owner.
    /// @param commitDuration Seconds from the request to the commit deadline.
    /// @param revealDuration Seconds from the commit deadline to the reveal deadline.
    function setPhaseDurations(uint32 commitDuration, uint32 revealDuration) external onlyOwner {
        Parameters memory params = parameters();
        params.commitDuration = commitDuration;
        params.revealDuration = revealDuration;
        _setParameters(params);
    }

    /// @notice Sets the reputation rules. Only the owner.
    /// @param coherenceReward Reputation earned by a result coherent with the final result.
    /// @param coherenceToleranceBps Largest deviation from the final total that still counts as coherent.
    /// @param missPenaltyBps Share of its reputation an auditor loses for a missed commit or reveal.
    function setReputationRules(uint96 coherenceReward, uint16 coherenceToleranceBps, uint16 missPenaltyBps)
        external
        onlyOwner
    {
        Parameters memory params = parameters();
        params.coherenceReward = coherenceReward;
        params.coherenceToleranceBps = coherenceToleranceBps;
        params.missPenaltyBps = missPenaltyBps;
        _setParameters(params);
    }

    /// @notice Registers auditors (drawn in proportion to their reputation). Only the owner.
    /// @param auditors The accounts.
    function addAuditors(address[] calldata auditors) external onlyOwner {
        for (uint256 i = 0; i < auditors.length; ++i) {
            if (auditors[i] == address(0)) revert ZeroAddress();
            _reputation.setAuditor(auditors[i], true);
            emit AuditorAdded(auditors[i]);
        }
    }

    /// @notice Deregisters an auditor; it is no longer drawn (panels already drawn are unaffected). Only the owner.
    /// @param auditor The account.
    function removeAuditor(address auditor) external onlyOwner {
        _reputation.setAuditor(auditor, false);
        emit AuditorRemoved(auditor);
    }

    // ---- Views ----

    /// @notice A request as stored.
    /// @param requestId The request.
    /// @return The request (status None if unknown).
    function requestOf(uint256 requestId) external view returns (Request memory) {
        StoredRequest memory stored = _requests[requestId];
        return Request({
            requester: stored.requester,
            periodStart: stored.periodStart,
            periodEnd: stored.periodEnd,
            status: stored.status,
            panelSize: stored.panelSize,
            committedMask: stored.committedMask,
            revealedMask: stored.revealedMask,
            subjectKey: stored.subjectKey,
            factorSetHash: stored.factorSetHash,
            fee: stored.fee,
            commitDeadline: stored.commitDeadline,
            revealDeadline: stored.revealDeadline,
            recordId: stored.status == Status.Issued ? uint64(requestId) : 0,
            reasonCode: stored.reasonCode,
            feeTokenIndex: stored.feeTokenIndex
        });
    }

    /// @notice The panel of a request with each member's ballot.
    /// @param requestId The request.
    /// @return ballots One entry per panel member, in draw order.
    function ballotsOf(uint256 requestId) external view returns (Ballot[] memory ballots) {
        StoredRequest storage request = _requests[requestId];
        ballots = new Ballot[](request.panelSize);
        for (uint256 i = 0; i < ballots.length; ++i) {
            uint8 bit = uint8(1 << i);
            Ballot memory ballot = ballots[i];
            ballot.auditor = _panels[requestId][i];
            bytes32 stored = _ballots[requestId][i];
            if (request.revealedMask & bit != 0) {
                ballot.state = BallotState.Revealed;
                (ballot.issue, ballot.grams, ballot.reasonCode) = _unpackResult(stored);
                if (ballot.issue) {
                    bytes32 factorSet = _revealedFactorSets[requestId][i];
                    ballot.factorSetHash = factorSet == bytes32(0) ? request.factorSetHash : factorSet;
                }
            } else if (request.committedMask & bit != 0) {
                ballot.state = BallotState.Committed;
                ballot.commitment = stored;
            }
        }
    }

    /// @inheritdoc IAuditEvidence
    function evidenceOf(uint256 requestId)
        external
        view
        returns (bytes32 factorSetHash, address[] memory auditors)
    {
        StoredRequest storage request = _requests[requestId];
        factorSetHash = _finalFactorSets[requestId];
        if (factorSetHash == bytes32(0)) factorSetHash = request.factorSetHash;
        uint8 revealed = request.revealedMask;
        auditors = new address[](_popCount(revealed));
        uint256 found;
        for (uint256 i = 0; i < request.panelSize; ++i) {
            if (revealed & (1 << i) != 0) auditors[found++] = _panels[requestId][i];
        }
    }

    /// @inheritdoc IAuditEvidence
    function subjectOf(uint256 requestId) external view returns (bytes32) {
        return _requests[requestId].subjectKey;
    }

    /// @inheritdoc IAuditEvidence
    function ownerAndSubjectOf(uint256 requestId) external view returns (address owner, bytes32 subjectKey) {
        StoredRequest storage request = _requests[requestId];
        return (request.requester, request.subjectKey);
    }

    /// @notice Total decided by the DAO for an escalated request resolved as issued (0 otherwise).
    /// @param requestId The request.
    /// @return The grams CO2e.
    function resolvedGramsOf(uint256 requestId) external view returns (uint256) {
        return _resolvedGrams[requestId];
    }

    /// @notice The commitment an auditor must submit for a result: keccak256 of the ABI encoding of
    /// (requestId, auditor, issue, grams, factorSetHash, reasonCode, salt).
    /// @param requestId The request.
    /// @param auditor The auditor.
    /// @param result The result and a secret random salt.
    /// @return The commitment.
    function sealResult(uint256 requestId, address auditor, Result memory result) public pure returns (bytes32) {
        return keccak256(
            abi.encode(
                requestId, auditor, result.issue, result.grams, result.factorSetHash, result.reasonCode, result.salt
            )
        );
    }

    /// @notice Current parameters.
    /// @return The parameters.
    function parameters() public view returns (Parameters memory) {
        Config memory config = _config;
        Rules memory rules = _rules;
        return Parameters({
            fee: config.fee,
            panelSize: config.panelSize,
            alwaysVote: rules.alwaysVote,
            dispersionThresholdBps: rules.dispersionThresholdBps,
            coherenceToleranceBps: rules.coherenceToleranceBps,
            protocolShareBps: rules.protocolShareBps,
            missPenaltyBps: rules.missPenaltyBps,
            commitDuration: config.commitDuration,
            revealDuration: config.revealDuration,
            coherenceReward: rules.coherenceReward
        });
    }

    /// @notice Current fee token.
    /// @return The token address.
    function feeToken() public view returns (address) {
        return _feeToken;
    }

    /// @notice Payments credited to `payee` in `token` and not yet withdrawn.
    /// @param token The token.
    /// @param payee The account.
    /// @return The amount.
    function creditOf(address token, address payee) external view returns (uint256) {
        return _credits[token][payee] & ~CREDIT_FLAG;
    }

    /// @notice Number of requests created (also the latest id).
    /// @return The count.
    function requestCount() external view returns (uint256) {
        return _requestCount;
    }

    /// @notice The reputation and records contracts.
    /// @return reputation The AuditorReputation contract.
    /// @return records The EmissionsRecords contract.
    function contracts() external view returns (address reputation, address records) {
        return (address(_reputation), address(_records));
    }

    // ---- Internals ----

    /// @dev The single source of randomness for panel draws: prevrandao mixed with the previous block hash and the
    /// request. That suffices on a local or permissioned chain whose block producers do not audit; on an open
    /// network a proposer could bias it, and this is the one place to swap in a VRF (the draw would then move to
    /// the VRF callback).
    function _randomness(uint256 requestId, AuditRequest calldata request) private view returns (bytes32) {
        return keccak256(
            abi.encode(
                block.prevrandao,
                blockhash(block.number - 1),
                requestId,
                request.requester,
                request.subjectKey,
                request.activityHash
            )
        );
    }

    function _verifyRequest(AuditRequest calldata request, bytes calldata signature) private {
        bytes32 structHash = keccak256(
            bytes.concat(
                abi.encode(
                    AUDIT_REQUEST_TYPEHASH,
                    request.requester,
                    request.subjectKey,
                    request.periodStart,
                    request.periodEnd,
                    request.activityHash
                ),
                abi.encode(
                    request.factorSetHash,
                    keccak256(abi.encodePacked(request.documentHashes)),
                    request.fee,
                    request.nonce,
                    request.deadline
                )
            )
        );
        _useSigned(request.requester, request.nonce, request.deadline, structHash, signature);
    }

    function _revealStructHash(RevealMessage calldata message) private pure returns (bytes32) {
        return keccak256(
            bytes.concat(
                abi.encode(REVEAL_TYPEHASH, message.requestId, message.auditor, message.issue, message.grams),
                abi.encode(message.factorSetHash, message.reasonCode, message.salt, message.nonce, message.deadline)
            )
        );
    }

    /// @dev Deadline, then nonce (so a replay fails as a used nonce), then the signature over the domain
    /// (chain id and this contract) and the struct.
    function _useSigned(address signer, uint256 nonce, uint256 deadline, bytes32 structHash, bytes calldata signature)
        private
    {
        if (block.timestamp > deadline) revert SignatureExpired(deadline);
        _useCheckedNonce(signer, nonce);
        bytes32 digest = _hashTypedDataV4(structHash);
        // ECDSA first (no EXTCODESIZE for the common EOA case), then ERC-1271 for contract wallets.
        (address recovered, ECDSA.RecoverError recoverError,) = ECDSA.tryRecoverCalldata(digest, signature);
        if (recoverError == ECDSA.RecoverError.NoError && recovered == signer) return;
        if (!SignatureChecker.isValidERC1271SignatureNow(signer, digest, signature)) revert InvalidSignature(signer);
    }

    function _emitCreated(uint256 requestId, AuditRequest calldata request, address token) private {
        emit RequestCreated(
            requestId,
            request.requester,
            request.subjectKey,
            request.periodStart,
            request.periodEnd,
            request.activityHash,
            request.factorSetHash,
            request.documentHashes,
            token,
            request.fee
        );
    }

    function _commit(uint256 requestId, address auditor, bytes32 commitment) private {
        StoredRequest storage request = _requests[requestId];
        if (request.status != Status.Open) revert RequestNotOpen(requestId, request.status);
        uint256 position = _panelPosition(requestId, request.panelSize, auditor);
        uint8 bit = uint8(1 << position);
        if (request.committedMask & bit != 0) revert AlreadyCommitted(requestId, auditor);
        if (block.timestamp > request.commitDeadline) revert CommitPhaseOver(requestId, request.commitDeadline);
        if (commitment == bytes32(0)) revert EmptyCommitment();
        _ballots[requestId][position] = commitment;
        request.committedMask |= bit;
        emit ResultCommitted(requestId, auditor, commitment);
    }

    function _reveal(uint256 requestId, address auditor, Result memory result) private {
        StoredRequest storage request = _requests[requestId];
        if (request.status != Status.Open) revert RequestNotOpen(requestId, request.status);
        uint256 position = _panelPosition(requestId, request.panelSize, auditor);
        uint8 bit = uint8(1 << position);
        uint8 committed = request.committedMask;
        if (committed & bit == 0) revert NotCommitted(requestId, auditor);
        if (request.revealedMask & bit != 0) revert AlreadyRevealed(requestId, auditor);
        if (committed != _fullMask(request.panelSize) && block.timestamp <= request.commitDeadline) {
            revert RevealNotOpen(requestId, request.commitDeadline);
        }
        if (block.timestamp > request.revealDeadline) revert RevealPhaseOver(requestId, request.revealDeadline);
        if (sealResult(requestId, auditor, result) != _ballots[requestId][position]) {
            revert CommitmentMismatch(requestId, auditor);
        }
        bytes32 packed = _packResult(result);
        if (result.issue) {
            if (result.grams > type(uint96).max) revert EmissionsTooLarge(result.grams);
            if (result.factorSetHash != request.factorSetHash) {
                _revealedFactorSets[requestId][position] = result.factorSetHash;
                packed |= FACTOR_SET_DIFFERS;
            }
        } else if (result.reasonCode == 0) {
            revert MissingDeclineReason();
        }
        _ballots[requestId][position] = packed;
        request.revealedMask |= bit;
        emit ResultRevealed(
            requestId,
            auditor,
            result.issue,
            result.issue ? result.grams : 0,
            result.issue ? result.factorSetHash : bytes32(0),
            result.issue ? 0 : result.reasonCode
        );
    }

    function _tally(uint256 requestId, StoredRequest storage request, uint256[] memory reputations)
        private
        view
        returns (Tally memory tally)
    {
        uint256 size = request.panelSize;
        uint8 revealed = request.revealedMask;
        Entries memory issues = _newEntries(size);
        Entries memory declines = _newEntries(size);
        for (uint256 i = 0; i < size; ++i) {
            if (revealed & (1 << i) == 0) continue;
            (bool issue, uint256 grams, uint16 reasonCode) = _unpackResult(_ballots[requestId][i]);
            if (issue) {
                tally.issueWeight += reputations[i] + 1;
                _insertSorted(issues, grams, reputations[i] + 1, i);
            } else {
                tally.declineWeight += reputations[i] + 1;
                _addToBucket(declines, reasonCode, reputations[i] + 1);
            }
        }
        if (tally.issueWeight > tally.declineWeight) {
            uint256 cumulative;
            for (uint256 j = 0; j < issues.count; ++j) {
                cumulative += issues.weights[j];
                if (2 * cumulative >= tally.issueWeight) {
                    tally.medianGrams = issues.keys[j];
                    tally.medianIndex = issues.positions[j];
                    break;
                }
            }
            uint256 weightedDeviation;
            for (uint256 j = 0; j < issues.count; ++j) {
                weightedDeviation += issues.weights[j] * _deviationBps(issues.keys[j], tally.medianGrams);
            }
            tally.dispersionBps = weightedDeviation / tally.issueWeight;
        } else {
            uint256 best;
            for (uint256 k = 1; k < declines.count; ++k) {
                if (declines.weights[k] > declines.weights[best]) best = k;
            }
            tally.reasonCode = uint16(declines.keys[best]);
        }
    }

    function _newEntries(uint256 size) private pure returns (Entries memory entries) {
        entries.keys = new uint256[](size);
        entries.weights = new uint256[](size);
        entries.positions = new uint256[](size);
    }

    /// @dev Insertion sort by key (at most MAX_PANEL_SIZE entries).
    function _insertSorted(Entries memory entries, uint256 key, uint256 weight, uint256 position) private pure {
        uint256 j = entries.count++;
        while (j > 0 && entries.keys[j - 1] > key) {
            entries.keys[j] = entries.keys[j - 1];
            entries.weights[j] = entries.weights[j - 1];
            entries.positions[j] = entries.positions[j - 1];
            --j;
        }
        entries.keys[j] = key;
        entries.weights[j] = weight;
        entries.positions[j] = position;
    }

    /// @dev Adds `weight` to the entry with `key`, appending it if new (first-seen order).
    function _addToBucket(Entries memory entries, uint256 key, uint256 weight) private pure {
        uint256 k = 0;
        while (k < entries.count && entries.keys[k] != key) ++k;
        if (k == entries.count) entries.keys[entries.count++] = key;
        entries.weights[k] += weight;
    }

    /// @dev Credits the payouts and moves reputation for a decided request.
    function _settle(
        uint256 requestId,
        StoredRequest storage request,
        address[] memory panel,
        uint256[] memory reputations,
        bool finalIssue,
        uint256 finalGrams,
        Rules memory rules
    ) private {
        address token = _tokenOf(request.feeTokenIndex);
        uint256 fee = request.fee;
        uint8 revealed = request.revealedMask;
        uint256 revealers = _popCount(revealed);
        uint256 protocolShare = (fee * rules.protocolShareBps) / BPS;
        uint256 auditorShare = (fee - protocolShare) / revealers;
        protocolShare = fee - auditorShare * revealers;
        for (uint256 i = 0; i < panel.length; ++i) {
            if (revealed & (1 << i) != 0) _credit(requestId, token, panel[i], auditorShare);
        }
        _credit(requestId, token, owner(), protocolShare);
        _adjustReputation(requestId, request, panel, reputations, finalIssue, finalGrams);
    }

    function _decline(uint256 requestId, StoredRequest storage request, uint16 reasonCode) private {
        request.status = Status.Declined;
        request.reasonCode = reasonCode;
        emit RequestDeclined(requestId, reasonCode);
    }

    function _adjustReputation(
        uint256 requestId,
        StoredRequest storage request,
        address[] memory panel,
        uint256[] memory reputations,
        bool finalIssue,
        uint256 finalGrams
    ) private {
        Rules memory params = _rules;
        int256 reward = int256(uint256(params.coherenceReward));
        uint8 revealed = request.revealedMask;
        int256[] memory deltas = new int256[](panel.length);
        for (uint256 i = 0; i < panel.length; ++i) {
            uint256 lossBps = revealed & (1 << i) == 0
                ? params.missPenaltyBps
                : _deviationOf(_ballots[requestId][i], finalIssue, finalGrams);
            if (revealed & (1 << i) != 0 && lossBps <= params.coherenceToleranceBps) {
                deltas[i] = reward;
                continue;
            }
            if (lossBps > MAX_DEVIATION_PENALTY_BPS && revealed & (1 << i) != 0) lossBps = MAX_DEVIATION_PENALTY_BPS;
            deltas[i] = -int256((reputations[i] * lossBps) / BPS);
        }
        _reputation.adjust(panel, deltas);
    }

    /// @dev Deviation of a revealed result from the final one in bps (a different verdict counts as 100 %).
    function _deviationOf(bytes32 packed, bool finalIssue, uint256 finalGrams) private pure returns (uint256) {
        (bool issue, uint256 grams,) = _unpackResult(packed);
        return issue != finalIssue ? BPS : (issue ? _deviationBps(grams, finalGrams) : 0);
    }

    /// @dev Writes the record (record id = request id). If a record of the subject issued since the request
    /// overlaps its period (proven by the records contract from the verified neighbour hint), the request can never
    /// be recorded: it ends Declined with {REASON_PERIOD_ALREADY_RECORDED}; the payouts already credited stand.
    function _issue(
        uint256 requestId,
        StoredRequest storage request,
        uint96 grams,
        uint256 predecessorHint,
        bytes32 factorSet
    ) private {
        uint256 overlapping = _records.tryWrite(
            request.requester,
            request.subjectKey,
            request.periodStart,
            request.periodEnd,
            grams,
            requestId,
            predecessorHint,
            _subjectOf(predecessorHint)
        );
        if (overlapping != 0) {
            _decline(requestId, request, REASON_PERIOD_ALREADY_RECORDED);
            return;
        }
        request.status = Status.Issued;
        emit RequestIssued(requestId, requestId, grams, factorSet);
    }

    function _credit(uint256 requestId, address token, address payee, uint256 amount) private {
        if (amount == 0) return;
        _credits[token][payee] = (_credits[token][payee] + amount) | CREDIT_FLAG;
        emit PaymentCredited(requestId, payee, token, amount);
    }

    function _withdraw(address payee, address token) private {
        uint256 amount = _credits[token][payee] & ~CREDIT_FLAG;
        if (amount == 0) revert NothingToWithdraw(payee, token);
        _credits[token][payee] = CREDIT_FLAG;
        emit Withdrawn(payee, token, amount);
        IERC20(token).safeTransfer(payee, amount);
    }

    function _setParameters(Parameters memory params) private {
        if (params.panelSize == 0 || params.panelSize > MAX_PANEL_SIZE) {
            revert InvalidParameter("panelSize", params.panelSize);
        }
        if (params.protocolShareBps > BPS) revert InvalidParameter("protocolShareBps", params.protocolShareBps);
        if (params.missPenaltyBps > BPS) revert InvalidParameter("missPenaltyBps", params.missPenaltyBps);
        if (params.commitDuration == 0) revert InvalidParameter("commitDuration", 0);
        if (params.revealDuration == 0) revert InvalidParameter("revealDuration", 0);
        _config = Config({
            fee: params.fee,
            panelSize: params.panelSize,
            commitDuration: params.commitDuration,
            revealDuration: params.revealDuration,
            feeTokenIndex: _config.feeTokenIndex
        });
        _rules = Rules({
            alwaysVote: params.alwaysVote,
            dispersionThresholdBps: params.dispersionThresholdBps,
            coherenceToleranceBps: params.coherenceToleranceBps,
            protocolShareBps: params.protocolShareBps,
            missPenaltyBps: params.missPenaltyBps,
            coherenceReward: params.coherenceReward
        });
        emit ParametersUpdated(params);
    }

    function _setFeeToken(address token) private {
        if (token == address(0)) revert ZeroAddress();
        uint16 index = _feeToken == address(0) ? 0 : _config.feeTokenIndex + 1;
        _config.feeTokenIndex = index;
        _feeTokens[index] = token;
        _feeToken = token;
        emit FeeTokenChanged(token);
    }

    /// @dev Stores a new request with whole-slot stores in the StoredRequest layout (a struct assignment would store
    /// field by field).
    function _storeRequest(uint256 requestId, AuditRequest calldata request, Config memory config)
        private
        returns (uint32 commitDeadline, uint32 revealDeadline)
    {
        commitDeadline = uint32(block.timestamp) + config.commitDuration;
        revealDeadline = commitDeadline + config.revealDuration;
        uint256 slot0 = uint256(uint160(request.requester)) | (uint256(uint8(Status.Open)) << 160)
            | (uint256(config.panelSize) << 168) | (uint256(commitDeadline) << 192) | (uint256(revealDeadline) << 224);
        uint256 slot1 = uint256(config.fee) | (uint256(request.periodStart) << 96) | (uint256(request.periodEnd) << 128)
            | (uint256(config.feeTokenIndex) << 176);
        StoredRequest storage stored = _requests[requestId];
        assembly ("memory-safe") {
            sstore(stored.slot, slot0)
            sstore(add(stored.slot, 1), slot1)
        }
        stored.subjectKey = request.subjectKey;
        stored.factorSetHash = request.factorSetHash;
    }

    /// @dev Subject of request `requestId` (a record's id is its request's id), zero for 0.
    function _subjectOf(uint256 requestId) private view returns (bytes32) {
        return requestId == 0 ? bytes32(0) : _requests[requestId].subjectKey;
    }

    function _tokenOf(uint16 index) private view returns (address) {
        return _feeTokens[index];
    }

    function _revealPhaseOver(StoredRequest storage request) private view returns (bool) {
        uint8 revealed = request.revealedMask;
        return revealed == _fullMask(request.panelSize) || block.timestamp > request.revealDeadline
            || (block.timestamp > request.commitDeadline && revealed == request.committedMask);
    }

    function _panelPosition(uint256 requestId, uint256 size, address account) private view returns (uint256) {
        for (uint256 i = 0; i < size; ++i) {
            if (_panels[requestId][i] == account) return i;
        }
        revert NotOnPanel(requestId, account);
    }

    function _panelOf(uint256 requestId, uint256 size) private view returns (address[] memory panel) {
        panel = new address[](size);
        for (uint256 i = 0; i < size; ++i) {
            panel[i] = _panels[requestId][i];
        }
    }

    /// @dev Packs a revealed result into one word: grams (bits 0-95), reason code (96-111), issue flag (bit 112).
    function _packResult(Result memory result) private pure returns (bytes32) {
        return result.issue
            ? bytes32(result.grams | (uint256(1) << 112))
            : bytes32(uint256(result.reasonCode) << 96);
    }

    function _unpackResult(bytes32 packed) private pure returns (bool issue, uint256 grams, uint16 reasonCode) {
        uint256 word = uint256(packed);
        issue = (word >> 112) & 1 == 1;
        grams = word & type(uint96).max;
        reasonCode = uint16(word >> 96);
    }

    /// @dev |value - target| in basis points of target, capped at 100 %.
    function _deviationBps(uint256 value, uint256 target) private pure returns (uint256) {
        if (target == 0) return value == 0 ? 0 : BPS;
        uint256 difference = value > target ? value - target : target - value;
        uint256 bps = (difference * BPS) / target;
        return bps > BPS ? BPS : bps;
    }

    function _fullMask(uint256 size) private pure returns (uint8) {
        return uint8((1 << size) - 1);
    }

    function _popCount(uint8 mask) private pure returns (uint256 count) {
        for (; mask != 0; mask &= mask - 1) {
            ++count;
        }
    }
}
