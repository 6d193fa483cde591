// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {EmissionsRecords} from "../audit/EmissionsRecords.sol";

/// @title Bulk record writer (gas measurements only)
/// @notice TEST ONLY, never deployed by the portal. Bound as the "registry" of a separate EmissionsRecords instance
/// so that a gas test can build a subject with thousands of real records in a few transactions, then measure one
/// more insert.
contract RecordsBulkWriter {
    EmissionsRecords private immutable _records;

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
        lastId = predecessorId;
        for (uint256 i = 0; i < count; ++i) {
            uint32 day = firstDay + uint32(i);
            lastId = _records.write(msg.sender, subjectKey, day, day, 1_000, 0, lastId);
        }
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
        return _records.write(msg.sender, subjectKey, startDay, endDay, 1_000, 0, predecessorHint);
    }
}
