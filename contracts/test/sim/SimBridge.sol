// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/**
 * @title SimBridge
 * @author Mamori
 * @notice TEST FIXTURE shaped like a canonical bridge's deposit side: it keeps the coins or tokens and
 * records who is to receive them on the other chain. Nothing comes back on this chain.
 */
contract SimBridge {
    using SafeERC20 for IERC20;

    /// @notice A deposit to be credited to `to` on the other chain (`token` zero for the native coin).
    /// @param token The token, or zero for the native coin.
    /// @param from The depositor.
    /// @param to The recipient on the other chain.
    /// @param amount Amount.
    event DepositInitiated(address indexed token, address indexed from, address to, uint256 amount);

    /// @notice Deposits the native coin sent for `to`.
    /// @param to The recipient on the other chain.
    function depositETH(address to) external payable {
        emit DepositInitiated(address(0), msg.sender, to, msg.value);
    }

    /// @notice Deposits `amount` of `token` for `to`.
    /// @param token The token.
    /// @param amount Amount.
    /// @param to The recipient on the other chain.
    function depositERC20(address token, uint256 amount, address to) external {
        IERC20(token).safeTransferFrom(msg.sender, address(this), amount);
        emit DepositInitiated(token, msg.sender, to, amount);
    }
}
