// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/**
 * @title FeeToken
 * @author Mamori
 * @notice TEST FIXTURE: a token whose transfers send 10 % to a fee collector, a third party the transfer
 * request never names. The request reads "100 to Bob"; the chain moves 90 to Bob and 10 elsewhere.
 */
contract FeeToken is ERC20 {
    /// @notice Receives the fee of every transfer.
    address public immutable FEE_COLLECTOR;

    /// @notice Sets the fee collector.
    /// @param collector The fee collector.
    constructor(address collector) ERC20("Fee Token", "FEE") {
        FEE_COLLECTOR = collector;
    }

    /// @notice Mints `amount` to `to` (test setup).
    /// @param to Receiver.
    /// @param amount Amount in base units.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @dev Takes the fee on transfers between accounts (not on mints or burns).
    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0) || to == address(0)) return super._update(from, to, value);
        uint256 fee = value / 10;
        super._update(from, FEE_COLLECTOR, fee);
        super._update(from, to, value - fee);
    }
}
