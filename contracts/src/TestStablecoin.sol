// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title Test USD (tUSD)
/// @notice FOR LOCAL / DEV CHAINS ONLY. A mintable stand-in for a real stablecoin, used as the audit fee token
/// on the local dev chain so that requesters can pay fees with an EIP-2612 permit. It has no value and no backing;
/// on any real network the DAO configures a real permit-capable stablecoin instead.
/// @dev ERC20 + ERC20Permit with 6 decimals (like USDC) and an owner-only {mint}.
contract TestStablecoin is ERC20, ERC20Permit, Ownable {
    /// @param initialOwner Account allowed to mint (the dev-chain deployer).
    constructor(address initialOwner) ERC20("Test USD", "tUSD") ERC20Permit("Test USD") Ownable(initialOwner) {}

    /// @notice Mints `amount` tUSD (6 decimals) to `to`. Only the owner; dev chains only.
    /// @param to Receiver of the new tokens.
    /// @param amount Amount in base units (1 tUSD = 1_000_000).
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    /// @notice Number of decimals of tUSD.
    /// @return Always 6.
    function decimals() public pure override returns (uint8) {
        return 6;
    }
}
