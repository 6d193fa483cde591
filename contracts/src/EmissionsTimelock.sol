// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title EmissionsDao timelock and treasury
/// @notice Executes the proposals passed by the EmissionsGovernor after a minimum delay; owns the DAO's parameters
/// and holds the DAO treasury (protocol share of the audit fees).
/// @dev A thin OpenZeppelin TimelockController subclass, so that it has its own artifact and C# wrapper.
contract EmissionsTimelock is TimelockController {
    /// @param minDelay Initial minimum delay, in seconds, between queueing and executing an operation.
    /// @param proposers Accounts granted the proposer and canceller roles (normally just the governor).
    /// @param executors Accounts granted the executor role (address(0) lets anyone execute).
    /// @param admin Optional extra admin for the initial setup (address(0) for none); should renounce afterwards.
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
