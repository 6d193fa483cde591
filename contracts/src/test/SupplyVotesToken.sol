// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";

/// @title Votes token with a chosen supply (tests only)
/// @notice TEST ONLY, never deployed by the portal. Like EmissionsDaoToken (timestamp clock, whole supply minted once,
/// exposed as INITIAL_SUPPLY) but with a supply chosen at deployment, so that tests can give a governor more votes
/// than the tally's 96-bit totals hold.
contract SupplyVotesToken is ERC20, ERC20Votes {
    /// @notice The supply minted at deployment (the name EmissionsGovernor's constructor reads).
    // solhint-disable-next-line var-name-mixedcase
    uint256 public immutable INITIAL_SUPPLY;

    /// @param holder Receives the whole supply.
    /// @param supply Base units to mint.
    constructor(address holder, uint256 supply) ERC20("Supply Votes", "SVT") EIP712("Supply Votes", "1") {
        INITIAL_SUPPLY = supply;
        _mint(holder, supply);
    }

    /// @notice The block timestamp, as EmissionsDaoToken's clock.
    /// @return The current block timestamp as uint48.
    function clock() public view override returns (uint48) {
        return Time.timestamp();
    }

    /// @notice ERC-6372 description of the clock.
    /// @return "mode=timestamp".
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    /// @dev Moves balances and voting checkpoints together.
    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }
}
