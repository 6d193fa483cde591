// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @notice What the records contract reads from the registry: a record's id is the id of the request that issued
/// it, and the owner and subject are the request's (stored once, by the registry).
interface IAuditEvidence {
    /// @notice Factor-set hash of the final result, and the auditors who revealed.
    /// @param requestId The audit request.
    /// @return factorSetHash Hash of the factor set of the final result.
    /// @return auditors Auditors who revealed a result.
    function evidenceOf(uint256 requestId) external view returns (bytes32 factorSetHash, address[] memory auditors);

    /// @notice Subject of a request.
    /// @param requestId The audit request.
    /// @return The subject key.
    function subjectOf(uint256 requestId) external view returns (bytes32);

    /// @notice Requester (the record's owner) and subject of a request.
    /// @param requestId The audit request.
    /// @return owner The requester.
    /// @return subjectKey The subject key.
    function ownerAndSubjectOf(uint256 requestId) external view returns (address owner, bytes32 subjectKey);
}

/// @title Emissions records
/// @notice The emissions data channel: one record per issued audit (owner, subject, inclusive day period, total
/// grams CO2e). A record's id is the id of the audit request that issued it. Records are data, not tokens: they
/// cannot be transferred. Only the AuditRegistry writes them, and two records of one subject never overlap in time
/// (no double counting).
/// @dev Each subject keeps its records in a singly linked list sorted by start day. The writer passes the id of the
/// new record's predecessor as a hint (0 = new head); the contract checks that the hint belongs to the subject,
/// ends before the new period starts, and that its successor starts after the new period ends. That proves the
/// hint is the true predecessor and that nothing overlaps, with constant gas however many records the subject has.
/// Days are uint32 day numbers since 1970-01-01, both ends inclusive (touching on a shared day is an overlap).
/// Storage: one slot per record (grams, period, next, token, written flag). Owner and subject are immutable data
/// of the issuing request, stored once by the registry and read from it ({IAuditEvidence}).
/// The registry and the token contract are bound once after deployment by the deployer and can never change.
contract EmissionsRecords {
    /// @dev One slot: 96 + 32 + 32 + 48 + 40 + 8 bits.
    struct Link {
        uint96 grams;
        uint32 startDay;
        uint32 endDay;
        uint48 next;
        uint40 tokenId;
        bool written;
    }

    /// @notice A record's core fields.
    struct Record {
        address owner;
        uint32 startDay;
        uint32 endDay;
        uint256 tokenId;
        bytes32 subjectKey;
        uint96 grams;
        uint256 requestId;
        uint256 next;
    }

    struct RecordView {
        uint256 recordId;
        address owner;
        bytes32 subjectKey;
        uint32 startDay;
        uint32 endDay;
        uint256 grams;
        uint256 requestId;
        uint256 tokenId;
        uint256 next;
        bytes32 factorSetHash;
        address[] auditors;
    }

    address private immutable _binder;
    address private _registry;
    address private _tokens;
    mapping(uint256 recordId => Link) private _links;
    mapping(bytes32 subjectKey => uint48) private _heads;

    /// @notice The writers are already bound.
    error AlreadyBound();
    /// @notice Only the deployer may bind the writers.
    error NotBinder(address caller);
    /// @notice A writer address is zero.
    error ZeroAddress();
    /// @notice Only the AuditRegistry may write records.
    error NotRegistry(address caller);
    /// @notice Only the EmissionsTokens contract may mark records as tokenized.
    error NotTokenContract(address caller);
    /// @notice The period ends before it starts.
    error InvalidPeriod(uint32 startDay, uint32 endDay);
    /// @notice The new period overlaps record `existingRecordId` of the same subject (double counting).
    error PeriodOverlap(uint256 existingRecordId, uint32 existingStartDay, uint32 existingEndDay);
    /// @notice `hint` is not the predecessor of the new period in the subject's record list.
    error WrongNeighbourHint(uint256 hint);
    /// @notice No record with this id.
    error UnknownRecord(uint256 recordId);
    /// @notice The record id is zero, too large (2^40 - 1 at most) or already used.
    error InvalidRecordId(uint256 recordId);
    /// @notice The record already backs token `tokenId`.
    error RecordAlreadyTokenized(uint256 recordId, uint256 tokenId);

    /// @notice The writers were bound (once).
    event WritersBound(address registry, address tokens);
    /// @notice A record was written after `predecessorId` (0 = at the head) in the subject's list.
    event RecordWritten(
        uint256 indexed recordId,
        bytes32 indexed subjectKey,
        address indexed owner,
        uint32 startDay,
        uint32 endDay,
        uint256 grams,
        uint256 requestId,
        uint256 predecessorId
    );
    /// @notice The record now backs token `tokenId` (forever).
    event RecordTokenized(uint256 indexed recordId, uint256 indexed tokenId);

    constructor() {
        _binder = msg.sender;
    }

    /// @notice Binds the registry (sole writer) and the token contract (marks records as tokenized). Once, by the
    /// deployer.
    /// @param registry The AuditRegistry.
    /// @param tokens The EmissionsTokens contract.
    function bind(address registry, address tokens) external {
        if (msg.sender != _binder) revert NotBinder(msg.sender);
        if (_registry != address(0)) revert AlreadyBound();
        if (registry == address(0) || tokens == address(0)) revert ZeroAddress();
        _registry = registry;
        _tokens = tokens;
        emit WritersBound(registry, tokens);
    }

    /// @notice Writes record `recordId` after `predecessorHint` in the subject's list; reverts with
    /// {PeriodOverlap} if the period overlaps a record of the subject. Only the registry.
    /// @param owner Owner of the record (the requester).
    /// @param subjectKey The metered account or activity stream.
    /// @param startDay First day (inclusive).
    /// @param endDay Last day (inclusive).
    /// @param grams Total emissions in grams CO2e.
    /// @param requestId The audit request that issued it; also the record's id.
    /// @param predecessorHint Id of the subject's record that ends last before `startDay`, or 0 for the head.
    /// @return The new record's id.
    function write(
        address owner,
        bytes32 subjectKey,
        uint32 startDay,
        uint32 endDay,
        uint96 grams,
        uint256 requestId,
        uint256 predecessorHint
    ) external returns (uint256) {
        if (msg.sender != _registry) revert NotRegistry(msg.sender);
        bytes32 hintSubjectKey = predecessorHint == 0 ? bytes32(0) : IAuditEvidence(msg.sender).subjectOf(predecessorHint);
        uint256 overlapping =
            _write(owner, subjectKey, startDay, endDay, grams, requestId, predecessorHint, hintSubjectKey);
        if (overlapping != 0) _revertOverlap(overlapping);
        return requestId;
    }

    /// @notice Like {write}, but an overlap returns the id of an overlapping record of the subject (proven from the
    /// verified hint or its successor) instead of reverting; 0 means written. Only the registry, which passes the
    /// hint's subject from its own storage (saving a call back).
    /// @param owner Owner of the record (the requester).
    /// @param subjectKey The subject.
    /// @param startDay First day (inclusive).
    /// @param endDay Last day (inclusive).
    /// @param grams Total emissions in grams CO2e.
    /// @param requestId The audit request that issued it; also the record's id.
    /// @param predecessorHint The predecessor hint (see {write}).
    /// @param hintSubjectKey The subject of request `predecessorHint` (ignored if the hint is 0).
    /// @return overlapping 0 if written, else an overlapping record's id.
    function tryWrite(
        address owner,
        bytes32 subjectKey,
        uint32 startDay,
        uint32 endDay,
        uint96 grams,
        uint256 requestId,
        uint256 predecessorHint,
        bytes32 hintSubjectKey
    ) external returns (uint256 overlapping) {
        if (msg.sender != _registry) revert NotRegistry(msg.sender);
        return _write(owner, subjectKey, startDay, endDay, grams, requestId, predecessorHint, hintSubjectKey);
    }

    /// @notice Reverts unless the period could be recorded for the subject now: {PeriodOverlap} if it overlaps a
    /// record, {WrongNeighbourHint} if the hint is not its predecessor. Constant gas.
    /// @param subjectKey The subject.
    /// @param startDay First day (inclusive).
    /// @param endDay Last day (inclusive).
    /// @param predecessorHint The predecessor hint (see {write}).
    /// @param hintSubjectKey The subject of record `predecessorHint` as the caller knows it (the registry reads it
    /// from the request; other callers get an answer as good as the subject they pass).
    function checkPeriod(
        bytes32 subjectKey,
        uint32 startDay,
        uint32 endDay,
        uint256 predecessorHint,
        bytes32 hintSubjectKey
    ) external view {
        (, uint256 overlapping) = _locate(subjectKey, startDay, endDay, predecessorHint, hintSubjectKey);
        if (overlapping != 0) _revertOverlap(overlapping);
    }

    /// @notice Marks records as backing token `tokenId`; each record can back one token, ever. Only the token
    /// contract.
    /// @param recordIds The records.
    /// @param tokenId The token they back.
    function markTokenized(uint256[] calldata recordIds, uint256 tokenId) external {
        if (msg.sender != _tokens) revert NotTokenContract(msg.sender);
        for (uint256 i = 0; i < recordIds.length; ++i) {
            Link storage link = _links[recordIds[i]];
            if (!link.written) revert UnknownRecord(recordIds[i]);
            if (link.tokenId != 0) revert RecordAlreadyTokenized(recordIds[i], link.tokenId);
            link.tokenId = uint40(tokenId);
            emit RecordTokenized(recordIds[i], tokenId);
        }
    }

    /// @notice A record with the evidence needed to recompute it (read from the registry; the activity-data and
    /// document hashes are in the registry's `RequestCreated` event of request `recordId`).
    /// @param recordId The record.
    /// @return view_ The record.
    function recordOf(uint256 recordId) external view returns (RecordView memory view_) {
        Record memory record = _recordOf(recordId);
        if (record.owner == address(0)) revert UnknownRecord(recordId);
        view_.recordId = recordId;
        view_.owner = record.owner;
        view_.subjectKey = record.subjectKey;
        view_.startDay = record.startDay;
        view_.endDay = record.endDay;
        view_.grams = record.grams;
        view_.requestId = recordId;
        view_.tokenId = record.tokenId;
        view_.next = record.next;
        (view_.factorSetHash, view_.auditors) = IAuditEvidence(_registry).evidenceOf(recordId);
    }

    /// @notice The core fields of several records (an unknown id returns an all-zero record).
    /// @param recordIds The records.
    /// @return records One record per id.
    function coreRecordsOf(uint256[] calldata recordIds) external view returns (Record[] memory records) {
        records = new Record[](recordIds.length);
        for (uint256 i = 0; i < recordIds.length; ++i) {
            records[i] = _recordOf(recordIds[i]);
        }
    }

    /// @notice First record (earliest start) of a subject, 0 if none.
    /// @param subjectKey The subject.
    /// @return The record id.
    function headOf(bytes32 subjectKey) external view returns (uint256) {
        return _heads[subjectKey];
    }

    /// @notice The bound registry and token contract.
    /// @return registry The AuditRegistry.
    /// @return tokens The EmissionsTokens contract.
    function writers() external view returns (address registry, address tokens) {
        return (_registry, _tokens);
    }

    function _write(
        address owner,
        bytes32 subjectKey,
        uint32 startDay,
        uint32 endDay,
        uint96 grams,
        uint256 recordId,
        uint256 predecessorHint,
        bytes32 hintSubjectKey
    ) private returns (uint256 overlapping) {
        uint48 next;
        (next, overlapping) = _locate(subjectKey, startDay, endDay, predecessorHint, hintSubjectKey);
        if (overlapping != 0) return overlapping;
        Link storage link = _links[recordId];
        if (recordId == 0 || recordId > type(uint40).max || link.written) revert InvalidRecordId(recordId);
        // One SSTORE of the packed slot (a struct assignment stores field by field).
        uint256 packed = uint256(grams) | (uint256(startDay) << 96) | (uint256(endDay) << 128)
            | (uint256(next) << 160) | (uint256(1) << 248);
        assembly ("memory-safe") {
            sstore(link.slot, packed)
        }
        if (predecessorHint == 0) _heads[subjectKey] = uint48(recordId);
        else _links[predecessorHint].next = uint48(recordId);
        emit RecordWritten(recordId, subjectKey, owner, startDay, endDay, grams, recordId, predecessorHint);
    }

    /// @dev Verifies the hint and returns the new record's successor, or an overlapping record of the subject.
    /// Reverts {WrongNeighbourHint} if the hint is not a record of the subject or a neighbour lies on the wrong side.
    function _locate(bytes32 subjectKey, uint32 startDay, uint32 endDay, uint256 hint, bytes32 hintSubjectKey)
        private
        view
        returns (uint48 next, uint256 overlapping)
    {
        if (startDay > endDay) revert InvalidPeriod(startDay, endDay);
        if (hint == 0) {
            next = _heads[subjectKey];
        } else {
            Link memory previous = _links[hint];
            if (!previous.written || hintSubjectKey != subjectKey) {
                revert WrongNeighbourHint(hint);
            }
            if (previous.startDay <= endDay && previous.endDay >= startDay) return (0, hint);
            if (previous.startDay > endDay) revert WrongNeighbourHint(hint);
            next = previous.next;
        }
        if (next != 0) {
            Link memory successor = _links[next];
            if (successor.startDay <= endDay && successor.endDay >= startDay) return (0, next);
            if (successor.endDay < startDay) revert WrongNeighbourHint(hint);
        }
    }

    function _recordOf(uint256 recordId) private view returns (Record memory record) {
        Link memory link = _links[recordId];
        if (!link.written) return record;
        (record.owner, record.subjectKey) = IAuditEvidence(_registry).ownerAndSubjectOf(recordId);
        record.startDay = link.startDay;
        record.endDay = link.endDay;
        record.tokenId = link.tokenId;
        record.grams = link.grams;
        record.requestId = recordId;
        record.next = link.next;
    }

    function _revertOverlap(uint256 recordId) private view {
        Link memory existing = _links[recordId];
        revert PeriodOverlap(recordId, existing.startDay, existing.endDay);
    }
}
