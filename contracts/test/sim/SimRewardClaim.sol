// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/**
 * @title SimRewardClaim
 * @author Mamori
 * @notice TEST FIXTURE, the honest twin: `claim()` pays the caller a fixed reward from the contract's own
 * balance.
 */
contract SimRewardClaim {
    /// @notice The reward token.
    IERC20 public immutable REWARD;
    /// @notice Paid per claim.
    uint256 public immutable AMOUNT;

    /// @notice The reward could not be paid.
    error SimRewardClaim__PaymentFailed();

    /// @notice Sets the reward.
    /// @param reward_ The reward token.
    /// @param amount_ Paid per claim.
    constructor(IERC20 reward_, uint256 amount_) {
        REWARD = reward_;
        AMOUNT = amount_;
    }

    /// @notice Pays the caller the reward.
    function claim() external {
        if (!REWARD.transfer(msg.sender, AMOUNT)) revert SimRewardClaim__PaymentFailed();
    }
}
