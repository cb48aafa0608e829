// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";

/**
 * @title SimNft
 * @author Mamori
 * @notice TEST FIXTURE: an ERC-721 anyone can mint (devnet only).
 */
contract SimNft is ERC721 {
    /// @notice Names the collection.
    constructor() ERC721("Sim NFT", "SNFT") {}

    /// @notice Mints token `id` to `to` (test setup).
    /// @param to Receiver.
    /// @param id Token id.
    function mint(address to, uint256 id) external {
        _mint(to, id);
    }
}
