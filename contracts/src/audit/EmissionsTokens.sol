// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {EmissionsRecords} from "./EmissionsRecords.sol";

/// @title Audited-emissions tokens (AEMS)
/// @notice A record owner mints one token from one or more of its emissions records (e.g. three monthly records as
/// one quarter). The records must be of one subject and tile the token's period exactly: sorted, each starting the
/// day after the previous one ends (no gap, no overlap). Each record backs at most one token, ever. Tokens can be
/// transferred (e.g. down a supply chain) and retired; a retired token stays with its holder, counts towards the
/// holder's retired grams, and can no longer be transferred.
/// @dev ERC-721: each token is a distinct audited batch (its own subject, period, total and records) that moves
/// whole, which is what a certificate handed down a supply chain is; wallets and explorers show it as such.
/// ERC-1155 amounts would allow splitting a batch, but a split of an audited total is not itself audited.
/// Nothing is stored per token at mint beyond the ERC-721 owner: the token id is the id of its first record (unique,
/// since a record backs one token, ever), and its records are that record and the ones after it in the subject's
/// sorted list that are marked with the same token id (contiguous records of one subject are adjacent in the list:
/// no other record can fit between them). Period and total are derived from the records; only retirement writes.
contract EmissionsTokens is ERC721 {
    /// @notice Most records one token can combine.
    uint256 public constant MAX_RECORDS_PER_TOKEN = 120;

    struct TokenView {
        uint256 tokenId;
        address holder;
        bytes32 subjectKey;
        uint32 startDay;
        uint32 endDay;
        uint256 grams;
        bool retired;
        uint256[] recordIds;
    }

    EmissionsRecords private immutable _records;
    mapping(uint256 tokenId => bool) private _retired;
    mapping(address holder => uint256) private _retiredGrams;

    /// @notice A token needs between 1 and {MAX_RECORDS_PER_TOKEN} records.
    error InvalidRecordCount(uint256 count);
    /// @notice The caller does not own the record (`owner` is zero for an unknown record).
    error NotRecordOwner(uint256 recordId, address owner);
    /// @notice The record already backs a token.
    error RecordAlreadyTokenized(uint256 recordId, uint256 tokenId);
    /// @notice Two records of one token belong to different subjects.
    error SubjectMismatch(uint256 previousRecordId, uint256 recordId);
    /// @notice `recordId` does not start the day after `previousRecordId` ends (gap, overlap or wrong order).
    error RecordsNotContiguous(uint256 previousRecordId, uint256 recordId);
    /// @notice The total does not fit (2^96 - 1 grams).
    error EmissionsTooLarge(uint256 grams);
    /// @notice Only the holder may retire a token.
    error NotTokenHolder(uint256 tokenId, address caller);
    /// @notice The token is retired: it can no longer be transferred or retired again.
    error TokenIsRetired(uint256 tokenId);

    /// @notice A token was minted from records.
    event TokenMinted(
        uint256 indexed tokenId,
        address indexed holder,
        bytes32 indexed subjectKey,
        uint32 startDay,
        uint32 endDay,
        uint256 grams,
        uint256[] recordIds
    );
    /// @notice A token was retired by its holder.
    event TokenRetired(uint256 indexed tokenId, address indexed holder, uint256 grams);

    /// @param _emissionsRecords The records contract tokens are minted from.
    constructor(EmissionsRecords _emissionsRecords) ERC721("EmissionsDao Audited Emissions", "AEMS") {
        _records = _emissionsRecords;
    }

    /// @notice Mints a token to the caller from the caller's records, which must tile the token's period.
    /// @param recordIds The records, sorted by period.
    /// @return tokenId The new token's id (the first record's id).
    function mint(uint256[] calldata recordIds) external returns (uint256 tokenId) {
        uint256 count = recordIds.length;
        if (count == 0 || count > MAX_RECORDS_PER_TOKEN) revert InvalidRecordCount(count);
        EmissionsRecords.Record[] memory backing = _records.coreRecordsOf(recordIds);
        uint256 grams;
        for (uint256 i = 0; i < count; ++i) {
            EmissionsRecords.Record memory record = backing[i];
            if (record.owner != msg.sender) revert NotRecordOwner(recordIds[i], record.owner);
            if (record.tokenId != 0) revert RecordAlreadyTokenized(recordIds[i], record.tokenId);
            if (i > 0) {
                EmissionsRecords.Record memory previous = backing[i - 1];
                if (record.subjectKey != previous.subjectKey) revert SubjectMismatch(recordIds[i - 1], recordIds[i]);
                if (uint256(record.startDay) != uint256(previous.endDay) + 1) {
                    revert RecordsNotContiguous(recordIds[i - 1], recordIds[i]);
                }
            }
            grams += record.grams;
        }
        if (grams > type(uint96).max) revert EmissionsTooLarge(grams);

        tokenId = recordIds[0];
        uint32 startDay = backing[0].startDay;
        uint32 endDay = backing[count - 1].endDay;
        _mint(msg.sender, tokenId);
        emit TokenMinted(tokenId, msg.sender, backing[0].subjectKey, startDay, endDay, grams, recordIds);
        _records.markTokenized(recordIds, tokenId);
    }

    /// @notice Retires the caller's token: its grams count as retired by the caller and it can no longer move.
    /// @param tokenId The token.
    function retire(uint256 tokenId) external {
        address holder = ownerOf(tokenId);
        if (holder != msg.sender) revert NotTokenHolder(tokenId, msg.sender);
        if (_retired[tokenId]) revert TokenIsRetired(tokenId);
        _retired[tokenId] = true;
        uint256 grams = _walk(tokenId, false).grams;
        _retiredGrams[holder] += grams;
        emit TokenRetired(tokenId, holder, grams);
    }

    /// @notice A token with its subject and record ids.
    /// @param tokenId The token.
    /// @return view_ The token.
    function tokenOf(uint256 tokenId) external view returns (TokenView memory view_) {
        view_ = _walk(tokenId, true);
        view_.holder = _requireOwned(tokenId);
        view_.retired = _retired[tokenId];
    }

    /// @notice Total grams CO2e of the tokens `holder` retired.
    /// @param holder The holder.
    /// @return The grams.
    function retiredGramsOf(address holder) external view returns (uint256) {
        return _retiredGrams[holder];
    }

    /// @notice The records contract.
    /// @return The EmissionsRecords address.
    function records() external view returns (address) {
        return address(_records);
    }

    /// @dev Retired tokens cannot move.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address) {
        if (_ownerOf(tokenId) != address(0) && _retired[tokenId]) revert TokenIsRetired(tokenId);
        return super._update(to, tokenId, auth);
    }

    /// @dev The token's records: its first record (id = token id) and the following ones in the subject's list
    /// that back the same token. `withIds` also fills the record ids.
    function _walk(uint256 tokenId, bool withIds) private view returns (TokenView memory view_) {
        uint256[] memory ids = new uint256[](MAX_RECORDS_PER_TOKEN);
        uint256[] memory one = new uint256[](1);
        one[0] = tokenId;
        uint256 count;
        while (one[0] != 0 && count < MAX_RECORDS_PER_TOKEN) {
            EmissionsRecords.Record memory record = _records.coreRecordsOf(one)[0];
            if (record.tokenId != tokenId) break;
            if (count == 0) {
                view_.subjectKey = record.subjectKey;
                view_.startDay = record.startDay;
            }
            view_.endDay = record.endDay;
            view_.grams += record.grams;
            ids[count++] = one[0];
            one[0] = record.next;
        }
        view_.tokenId = tokenId;
        if (withIds) {
            view_.recordIds = new uint256[](count);
            for (uint256 i = 0; i < count; ++i) {
                view_.recordIds[i] = ids[i];
            }
        }
    }
}
