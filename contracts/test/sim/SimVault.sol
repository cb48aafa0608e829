// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/**
 * @title SimVault
 * @author Mamori
 * @notice TEST FIXTURE: an ERC-4626 vault (OpenZeppelin's). `redeem(shares, receiver, owner)` burns the
 * owner's shares and pays `receiver`, whoever that is.
 */
contract SimVault is ERC4626 {
    /// @notice Wraps `asset_`.
    /// @param asset_ The underlying token.
    constructor(IERC20 asset_) ERC20("Sim Vault Share", "svTOKEN") ERC4626(asset_) {}
}
