// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";

/// @title EmissionsDao governance token (EDAO)
/// @notice ERC-20 governance token of the EmissionsDao: holders delegate voting power and vote on the
/// EmissionsGovernor. Supports gasless approvals (EIP-2612 permit) and delegation by signature.
/// @dev Composes OpenZeppelin ERC20 + ERC20Permit + ERC20Votes. The ERC-6372 clock is the block timestamp,
/// so every governance delay, period and extension is expressed in seconds. The whole supply is minted once,
/// in the constructor; there is no further minting.
contract EmissionsDaoToken is ERC20, ERC20Permit, ERC20Votes {
    /// @notice Fixed supply minted to the initial holder at deployment: 10,000,000 EDAO (18 decimals).
    uint256 public constant INITIAL_SUPPLY = 10_000_000 * 10 ** 18;

    /// @param initialHolder Account that receives the whole fixed initial supply (e.g. the deployer or the timelock).
    constructor(address initialHolder) ERC20("EmissionsDao", "EDAO") ERC20Permit("EmissionsDao") {
        _mint(initialHolder, INITIAL_SUPPLY);
    }

    /// @notice Current timepoint of the ERC-6372 clock: the block timestamp.
    /// @return The current block timestamp as uint48.
    function clock() public view virtual override returns (uint48) {
        return Time.timestamp();
    }

    /// @notice ERC-6372 description of the clock.
    /// @return The string "mode=timestamp".
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public view virtual override returns (string memory) {
        return "mode=timestamp";
    }

    /// @notice Next unused signature nonce of `owner`, shared by permit and delegateBySig.
    /// @param owner Account whose nonce is returned.
    /// @return The current nonce of `owner`.
    function nonces(address owner) public view virtual override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    /// @dev Moves balances and voting checkpoints together.
    function _update(address from, address to, uint256 value) internal virtual override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }
}
