// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title Malicious fee token (tests only)
/// @notice TEST ONLY, never deployed by the portal. A permit-capable ERC-20 that, once armed, calls back into a
/// target (the AuditRegistry) whenever the target sends tokens, and bubbles up the callback's revert: it proves
/// that payouts cannot be re-entered.
contract ReentrantFeeToken is ERC20, ERC20Permit {
    address private _target;
    bytes private _payload;

    constructor() ERC20("Reentrant USD", "rUSD") ERC20Permit("Reentrant USD") {}

    /// @notice Mints freely (test token).
    /// @param to Receiver.
    /// @param amount Amount.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Arms the attack: on every transfer sent by `target`, call `target` with `payload`.
    /// @param target The contract to re-enter (zero disarms).
    /// @param payload The calldata of the re-entering call.
    function arm(address target, bytes calldata payload) external {
        _target = target;
        _payload = payload;
    }

    /// @notice Six decimals, like the real fee token.
    /// @return 6.
    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        address target = _target;
        if (target != address(0) && from == target) {
            (bool ok, bytes memory returned) = target.call(_payload);
            if (!ok) {
                assembly ("memory-safe") {
                    revert(add(returned, 32), mload(returned))
                }
            }
        }
    }
}
