// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @notice What the records contract reads from the registry to show how a record can be recomputed.
interface IAuditEvidence {
    /// @notice Activity-data hash, factor-set hash of the final result, and the auditors who revealed.
    /// @param requestId The audit request.
    /// @return activityHash Hash of the request's activity data.
    /// @return factorSetHash Hash of the factor set of the final result.
    /// @return auditors Auditors who revealed a result.
    function evidenceOf(uint256 requestId)
        external
        view
        returns (bytes32 activityHash, bytes32 factorSetHash, address[] memory auditors);
}

/// @title Emissions records
/// @notice The emissions data channel: one record per issued audit (owner, subject, inclusive day period, total
/// grams CO2e, the request it came from). Records are data, not tokens: they cannot be transferred. Only the
/// AuditRegistry writes them, and two records of one subject never overlap in time (no double counting).
/// @dev Each subject keeps its records in a singly linked list sorted by start day. The writer passes the id of the
/// new record's predecessor as a hint (0 = new head); the contract checks that the hint belongs to the subject,
/// ends before the new period starts, and that its successor starts after the new period ends. That proves the
/// hint is the true predecessor and that nothing overlaps, with constant gas however many records the subject has.
/// Days are uint32 day numbers since 1970-01-01, both ends inclusive (touching on a shared day is an overlap).
/// The registry and the token contract are bound once after deployment by the deployer and can never change.
contract EmissionsRecords {
    struct Record {
        address owner;
        uint32 startDay;
        uint32 endDay;
        uint32 tokenId;
        bytes32 subjectKey;
        uint96 grams;
        uint64 requestId;
        uint64 next;
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
        bytes32 activityHash;
        bytes32 factorSetHash;
        address[] auditors;
    }

    address private immutable _binder;
    address private _registry;
    address private _tokens;
    uint64 private _recordCount;
    mapping(uint256 recordId => Record) private _records;
    mapping(bytes32 subjectKey => uint64) private _heads;

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

    /// @notice Writes a record after `predecessorHint` in the subject's list. Only the registry.
    /// @param owner Owner of the record (the requester).
    /// @param subjectKey The metered account or activity stream.
    /// @param startDay First day (inclusive).
    /// @param endDay Last day (inclusive).
    /// @param grams Total emissions in grams CO2e.
    /// @param requestId The audit request that issued it.
    /// @param predecessorHint Id of the subject's record that ends last before `startDay`, or 0 for the head.
    /// @return recordId The new record's id.
    function write(
        address owner,
        bytes32 subjectKey,
        uint32 startDay,
        uint32 endDay,
        uint96 grams,
        uint64 requestId,
        uint256 predecessorHint
    ) external returns (uint256 recordId) {
        if (msg.sender != _registry) revert NotRegistry(msg.sender);
        if (startDay > endDay) revert InvalidPeriod(startDay, endDay);
        uint64 next;
        if (predecessorHint == 0) {
            next = _heads[subjectKey];
        } else {
            Record storage previous = _records[predecessorHint];
            if (previous.owner == address(0) || previous.subjectKey != subjectKey) {
                revert WrongNeighbourHint(predecessorHint);
            }
            _checkNeighbour(predecessorHint, previous, startDay, endDay, predecessorHint);
            next = previous.next;
        }
        if (next != 0) _checkNeighbour(next, _records[next], startDay, endDay, predecessorHint);

        recordId = ++_recordCount;
        _records[recordId] = Record(owner, startDay, endDay, 0, subjectKey, grams, requestId, next);
        if (predecessorHint == 0) _heads[subjectKey] = uint64(recordId);
        else _records[predecessorHint].next = uint64(recordId);
        emit RecordWritten(recordId, subjectKey, owner, startDay, endDay, grams, requestId, predecessorHint);
    }

    /// @notice Marks records as backing token `tokenId`; each record can back one token, ever. Only the token
    /// contract.
    /// @param recordIds The records.
    /// @param tokenId The token they back.
    function markTokenized(uint256[] calldata recordIds, uint256 tokenId) external {
        if (msg.sender != _tokens) revert NotTokenContract(msg.sender);
        for (uint256 i = 0; i < recordIds.length; ++i) {
            Record storage record = _records[recordIds[i]];
            if (record.owner == address(0)) revert UnknownRecord(recordIds[i]);
            if (record.tokenId != 0) revert RecordAlreadyTokenized(recordIds[i], record.tokenId);
            record.tokenId = uint32(tokenId);
            emit RecordTokenized(recordIds[i], tokenId);
        }
    }

    /// @notice A record with the evidence needed to recompute it (read from the registry).
    /// @param recordId The record.
    /// @return view_ The record.
    function recordOf(uint256 recordId) external view returns (RecordView memory view_) {
        Record memory record = _records[recordId];
        if (record.owner == address(0)) revert UnknownRecord(recordId);
        view_.recordId = recordId;
        view_.owner = record.owner;
        view_.subjectKey = record.subjectKey;
        view_.startDay = record.startDay;
        view_.endDay = record.endDay;
        view_.grams = record.grams;
        view_.requestId = record.requestId;
        view_.tokenId = record.tokenId;
        view_.next = record.next;
        (view_.activityHash, view_.factorSetHash, view_.auditors) =
            IAuditEvidence(_registry).evidenceOf(record.requestId);
    }

    /// @notice The stored fields of several records (an unknown id returns an all-zero record).
    /// @param recordIds The records.
    /// @return records One record per id.
    function coreRecordsOf(uint256[] calldata recordIds) external view returns (Record[] memory records) {
        records = new Record[](recordIds.length);
        for (uint256 i = 0; i < recordIds.length; ++i) {
            records[i] = _records[recordIds[i]];
        }
    }

    /// @notice First record (earliest start) of a subject, 0 if none.
    /// @param subjectKey The subject.
    /// @return The record id.
    function headOf(bytes32 subjectKey) external view returns (uint256) {
        return _heads[subjectKey];
    }

    /// @notice Number of records written.
    /// @return The count (also the latest id).
    function recordCount() external view returns (uint256) {
        return _recordCount;
    }

    /// @notice The bound registry and token contract.
    /// @return registry The AuditRegistry.
    /// @return tokens The EmissionsTokens contract.
    function writers() external view returns (address registry, address tokens) {
        return (_registry, _tokens);
    }

    /// @dev Reverts unless `neighbour` lies entirely outside [startDay, endDay]: an overlap is reported as such;
    /// a neighbour on the wrong side means the hint was not the predecessor.
    function _checkNeighbour(uint256 neighbourId, Record storage neighbour, uint32 startDay, uint32 endDay, uint256 hint)
        private
        view
    {
        uint32 neighbourStart = neighbour.startDay;
        uint32 neighbourEnd = neighbour.endDay;
        if (neighbourStart <= endDay && neighbourEnd >= startDay) {
            revert PeriodOverlap(neighbourId, neighbourStart, neighbourEnd);
        }
        bool isPredecessor = neighbourId == hint;
        if (isPredecessor ? neighbourStart > endDay : neighbourEnd < startDay) revert WrongNeighbourHint(hint);
    }
}
