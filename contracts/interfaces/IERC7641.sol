// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/**
 * @title IERC7641
 * @author Mamori
 * @notice ERC-7641 (Intrinsic RevShare Token, Draft): an ERC-20 whose holders share a native-coin revenue pool,
 * by claiming per snapshot and by burning.
 */
interface IERC7641 is IERC20 {
    /**
     * @notice Native coin claimable by `account` for snapshot `snapshotId` (zero once claimed).
     * @param account The holder.
     * @param snapshotId The snapshot.
     * @return The amount in wei.
     */
    function claimableRevenue(address account, uint256 snapshotId) external view returns (uint256);

    /**
     * @notice Claims the caller's share of snapshot `snapshotId`, once.
     * @param snapshotId The snapshot.
     */
    function claim(uint256 snapshotId) external;

    /**
     * @notice Takes a snapshot of balances and allocates the revenue received since the last one.
     * @return The new snapshot id.
     */
    function snapshot() external returns (uint256);

    /**
     * @notice Native coin paid for burning `amount` tokens now.
     * @param amount The amount of tokens.
     * @return The amount in wei.
     */
    function redeemableOnBurn(uint256 amount) external view returns (uint256);

    /**
     * @notice Burns `amount` of the caller's tokens and pays their share of the burn pool.
     * @param amount The amount of tokens.
     */
    function burn(uint256 amount) external;
}
