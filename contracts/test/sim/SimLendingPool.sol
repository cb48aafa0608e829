// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SimPoolReceipt} from "./SimPoolReceipt.sol";

/**
 * @title SimLendingPool
 * @author Mamori
 * @notice TEST FIXTURE shaped like a lending pool: `deposit(asset, amount, onBehalfOf)` mints a receipt,
 * `withdraw(asset, amount, to)` burns the caller's receipt and pays `to`, whoever that is.
 */
contract SimLendingPool {
    using SafeERC20 for IERC20;

    /// @notice The only asset this pool takes.
    address public immutable ASSET;
    /// @notice The deposit receipt.
    SimPoolReceipt public immutable RECEIPT;

    /// @notice The asset is not this pool's.
    error SimLendingPool__UnknownAsset(address asset);

    /// @notice Creates the pool and its receipt token.
    /// @param asset_ The asset this pool takes.
    constructor(address asset_) {
        ASSET = asset_;
        RECEIPT = new SimPoolReceipt();
    }

    /// @notice Deposits `amount` of `asset_` and credits `onBehalfOf` with receipts.
    /// @param asset_ The asset.
    /// @param amount Amount.
    /// @param onBehalfOf Receives the receipts.
    function deposit(address asset_, uint256 amount, address onBehalfOf) external {
        if (asset_ != ASSET) revert SimLendingPool__UnknownAsset(asset_);
        IERC20(ASSET).safeTransferFrom(msg.sender, address(this), amount);
        RECEIPT.mint(onBehalfOf, amount);
    }

    /// @notice Burns `amount` of the caller's receipts and pays `amount` of `asset_` to `to`.
    /// @param asset_ The asset.
    /// @param amount Amount.
    /// @param to Receives the asset.
    /// @return The amount paid.
    function withdraw(address asset_, uint256 amount, address to) external returns (uint256) {
        if (asset_ != ASSET) revert SimLendingPool__UnknownAsset(asset_);
        RECEIPT.burn(msg.sender, amount);
        IERC20(ASSET).safeTransfer(to, amount);
        return amount;
    }
}
