// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/**
 * @title SimSwap
 * @author Mamori
 * @notice TEST FIXTURE shaped like an exchange: swaps one token for another 1:1 from its reserves and pays
 * `to`, whoever that is.
 */
contract SimSwap {
    using SafeERC20 for IERC20;

    /// @notice Takes `amountIn` of `tokenIn` from the caller and pays the same amount of `tokenOut` to `to`.
    /// @param tokenIn Paid by the caller.
    /// @param amountIn Amount.
    /// @param tokenOut Paid out.
    /// @param to Receives `tokenOut`.
    function swap(address tokenIn, uint256 amountIn, address tokenOut, address to) external {
        IERC20(tokenIn).safeTransferFrom(msg.sender, address(this), amountIn);
        IERC20(tokenOut).safeTransfer(to, amountIn);
    }
}
