// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/**
 * @title SimPoolReceipt
 * @author Mamori
 * @notice TEST FIXTURE: the pool's deposit receipt (like an aToken), minted and burned by the pool only.
 */
contract SimPoolReceipt is ERC20 {
    /// @notice The pool that mints and burns.
    address public immutable POOL;

    /// @notice Only the pool may mint or burn.
    error SimPoolReceipt__OnlyPool();

    /// @notice The deployer (the pool) mints and burns.
    constructor() ERC20("Sim Pool Receipt", "spTOKEN") {
        POOL = msg.sender;
    }

    /// @notice Mints `amount` to `to`.
    /// @param to Receiver.
    /// @param amount Amount.
    function mint(address to, uint256 amount) external {
        if (msg.sender != POOL) revert SimPoolReceipt__OnlyPool();
        _mint(to, amount);
    }

    /// @notice Burns `amount` from `from`.
    /// @param from Holder.
    /// @param amount Amount.
    function burn(address from, uint256 amount) external {
        if (msg.sender != POOL) revert SimPoolReceipt__OnlyPool();
        _burn(from, amount);
    }
}
