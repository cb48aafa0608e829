// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC7641} from "../interfaces/IERC7641.sol";

/**
 * @title ReentrantHolder
 * @author Mamori
 * @notice Test double only: a token holder whose receive() tries to claim or burn again while being paid, and
 * records whether the nested call got through.
 */
contract ReentrantHolder {
    /** @notice The token attacked. */
    IERC7641 public immutable TOKEN;
    /** @notice The snapshot being claimed (0 while burning). */
    uint256 public snapshotId;
    /** @notice Nested calls that succeeded (must stay 0). */
    uint256 public reentered;
    /** @notice Nested calls that were refused. */
    uint256 public refused;

    /**
     * @notice Creates the attacker.
     * @param token The token.
     */
    constructor(IERC7641 token) {
        TOKEN = token;
    }

    /**
     * @notice Claims snapshot `id`; receive() then tries to claim it again.
     * @param id The snapshot.
     */
    function claim(uint256 id) external {
        snapshotId = id;
        TOKEN.claim(id);
    }

    /**
     * @notice Burns `amount`; receive() then tries to burn again.
     * @param amount Tokens to burn.
     */
    function burn(uint256 amount) external {
        snapshotId = 0;
        TOKEN.burn(amount);
    }

    /** @notice Re-enters the token while being paid. */
    receive() external payable {
        if (snapshotId != 0) {
            try TOKEN.claim(snapshotId) {
                ++reentered;
            } catch {
                ++refused;
            }
        } else {
            try TOKEN.burn(1) {
                ++reentered;
            } catch {
                ++refused;
            }
        }
    }
}
