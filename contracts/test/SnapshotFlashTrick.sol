// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC7641} from "../interfaces/IERC7641.sol";

/**
 * @title SnapshotFlashTrick
 * @author Mamori
 * @notice Test double only: borrows a lender's whole balance (transferFrom, as a flash loan would), takes the
 * snapshot while holding it, and returns it, all in one transaction.
 */
contract SnapshotFlashTrick {
    /**
     * @notice Runs the trick; returns the snapshot id taken while holding the borrowed tokens.
     * @param token The revenue token.
     * @param lender Approved this contract for its balance.
     * @return id The snapshot id.
     */
    function run(IERC7641 token, address lender) external returns (uint256 id) {
        uint256 amount = token.balanceOf(lender);
        token.transferFrom(lender, address(this), amount);
        id = token.snapshot();
        token.transfer(lender, amount);
    }
}
