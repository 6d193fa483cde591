// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {EmissionsRecords, IAuditEvidence} from "../audit/EmissionsRecords.sol";

/// @title Bulk record writer (gas measurements only)
/// @notice TEST ONLY, never deployed by the portal. Bound as the "registry" of a separate EmissionsRecords instance
/// so that a gas test can build a subject with thousands of real records in a few transactions, then measure one
/// more insert. It stands in for the registry: record ids come from its own counter, and it answers the records
/// contract's subject/owner queries for the one subject it writes.
contract RecordsBulkWriter is IAuditEvidence {
    EmissionsRecords private immutable _records;
    bytes32 private _subject;
    uint256 private _count;

    /// @param _emissionsRecords The records instance this writer is bound to.
    constructor(EmissionsRecords _emissionsRecords) {
        _records = _emissionsRecords;
    }

    /// @notice Appends `count` one-day records to a subject, starting at `firstDay`, after `predecessorId`.
    /// @param subjectKey The subject.
    /// @param firstDay Day of the first new record.
    /// @param count Number of records.
    /// @param predecessorId The subject's current last record (0 if none).
    /// @return lastId Id of the last record written.
    function appendDays(bytes32 subjectKey, uint32 firstDay, uint256 count, uint256 predecessorId)
        external
        returns (uint256 lastId)
    {
        _useSubject(subjectKey);
        lastId = predecessorId;
        uint256 id = _count;
        for (uint256 i = 0; i < count; ++i) {
            uint32 day = firstDay + uint32(i);
            lastId = _records.write(msg.sender, subjectKey, day, day, 1_000, ++id, lastId);
        }
        _count = id;
    }

    /// @notice Writes one record (the measured insert).
    /// @param subjectKey The subject.
    /// @param startDay First day.
    /// @param endDay Last day.
    /// @param predecessorHint The predecessor hint.
    /// @return The record id.
    function writeOne(bytes32 subjectKey, uint32 startDay, uint32 endDay, uint256 predecessorHint)
        external
        returns (uint256)
    {
        _useSubject(subjectKey);
        return _records.write(msg.sender, subjectKey, startDay, endDay, 1_000, ++_count, predecessorHint);
    }

    /// @notice No evidence (test writer).
    /// @param requestId Ignored.
    /// @return factorSetHash Zero.
    /// @return auditors None.
    function evidenceOf(uint256 requestId) external pure returns (bytes32 factorSetHash, address[] memory auditors) {
        (requestId, factorSetHash, auditors);
    }

    /// @notice The one subject this writer writes.
    /// @param requestId Ignored.
    /// @return The subject.
    function subjectOf(uint256 requestId) external view returns (bytes32) {
        (requestId);
        return _subject;
    }

    /// @notice This writer and its subject.
    /// @param requestId Ignored.
    /// @return owner This contract.
    /// @return subjectKey The subject.
    function ownerAndSubjectOf(uint256 requestId) external view returns (address owner, bytes32 subjectKey) {
        (requestId);
        return (address(this), _subject);
    }

    function _useSubject(bytes32 subjectKey) private {
        if (_subject != subjectKey) _subject = subjectKey;
    }
}
