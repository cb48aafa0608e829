// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";

/**
 * @title IERC7007
 * @author Mamori
 * @notice ERC-7007 (Verifiable AI-Generated Content Token), core interface, as written in the Final text.
 * @dev ERC-165 id: 0x702c55a6 = addAigcData(uint256,bytes,bytes,bytes) ^ verify(bytes,bytes,bytes).
 * The Final text indexes `aigcData` in `AigcData`; the standard's reference IERC7007.sol does not. Both
 * layouts share topic0, but the Final one puts keccak256(aigcData) in topic3 and only `proof` in data.
 */
interface IERC7007 is IERC165, IERC721 {
    /**
     * @notice Emitted when AIGC data is added to token `tokenId`.
     * @param tokenId The token the data belongs to.
     * @param prompt The prompt (indexed: topic2 is keccak256(prompt)).
     * @param aigcData The generated content (indexed: topic3 is keccak256(aigcData)).
     * @param proof The proof that `aigcData` was generated from `prompt`.
     */
    event AigcData(uint256 indexed tokenId, bytes indexed prompt, bytes indexed aigcData, bytes proof);

    /**
     * @notice Adds AIGC data to token `tokenId` given `prompt`, `aigcData` and `proof`.
     * @param tokenId The token to add data to.
     * @param prompt The prompt the content was generated from.
     * @param aigcData The generated content.
     * @param proof The proof of generation.
     */
    function addAigcData(uint256 tokenId, bytes calldata prompt, bytes calldata aigcData, bytes calldata proof)
        external;

    /**
     * @notice Checks that `aigcData` was generated from `prompt`, using `proof`.
     * @param prompt The prompt.
     * @param aigcData The generated content.
     * @param proof The proof.
     * @return success True when the proof is valid.
     */
    function verify(bytes calldata prompt, bytes calldata aigcData, bytes calldata proof)
        external
        view
        returns (bool success);
}
