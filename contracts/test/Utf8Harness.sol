// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Utf8} from "../lib/Utf8.sol";

/**
 * @title Utf8Harness
 * @author Mamori
 * @notice TEST ONLY, never deployed by `npm run deploy`: exposes the collection's UTF-8 check so a test can compare
 * it with a strict decoder on many byte strings, and measure its gas.
 */
contract Utf8Harness {
    /**
     * @notice Returns Utf8.isValid(s).
     * @param s The bytes.
     * @return True when `s` is well-formed UTF-8.
     */
    function isValid(bytes calldata s) external pure returns (bool) {
        return Utf8.isValid(s);
    }
}
