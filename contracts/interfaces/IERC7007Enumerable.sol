// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC7007} from "./IERC7007.sol";

/**
 * @title IERC7007Enumerable
 * @author Mamori
 * @notice ERC-7007's optional Enumerable extension: the mapping between prompts and token ids.
 * @dev ERC-165 id: 0xfa1a557a = tokenId(bytes) ^ prompt(uint256). The standard declares the return of
 * `prompt` as `string calldata`, which Solidity does not accept for an external return; `memory` has the
 * same ABI and selector.
 */
interface IERC7007Enumerable is IERC7007 {
    /**
     * @notice Returns the token id of `prompt`.
     * @param prompt The prompt.
     * @return The token id.
     */
    function tokenId(bytes calldata prompt) external view returns (uint256);

    /**
     * @notice Returns the prompt of token `tokenId`.
     * @param tokenId The token id.
     * @return The prompt.
     */
    function prompt(uint256 tokenId) external view returns (string memory);
}
