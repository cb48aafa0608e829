// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC7007} from "./IERC7007.sol";

/**
 * @title IERC7007Updatable
 * @author Mamori
 * @notice ERC-7007's optional Updatable extension, as written in the Final text: the aigcData of an optimistic
 * (opML, fraud-proof) token can change during its challenge period.
 * @dev ERC-165 id: 0x3f37dce2 = update(bytes,bytes) (inherited IERC7007 functions are not part of the id).
 */
interface IERC7007Updatable is IERC7007 {
    /**
     * @notice Emitted when the aigcData of token `tokenId` is replaced.
     * @param tokenId The token.
     * @param prompt The prompt (indexed: topic2 is keccak256(prompt)).
     * @param aigcData The new data (indexed: topic3 is keccak256(aigcData)).
     */
    event Update(uint256 indexed tokenId, bytes indexed prompt, bytes indexed aigcData);

    /**
     * @notice Updates the aigcData of `prompt`.
     * @param prompt The prompt.
     * @param aigcData The new data.
     */
    function update(bytes calldata prompt, bytes calldata aigcData) external;
}
