// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @title IArtRenderer
 * @author Mamori
 * @notice Renders a minted image and its ERC-7007 metadata as data URIs.
 */
interface IArtRenderer {
    /**
     * @notice Returns the token metadata: `data:application/json;base64,` + the ERC-7007 JSON.
     * @param tokenId The token id.
     * @param prompt The prompt (raw bytes; escaped into JSON).
     * @param aigcData abi.encode(uint256 modelCommitment, uint256[9] words).
     * @param modelName The registered model name (escaped into JSON).
     * @return The metadata URI.
     */
    function tokenURI(uint256 tokenId, bytes calldata prompt, bytes calldata aigcData, string calldata modelName)
        external
        pure
        returns (string memory);

    /**
     * @notice Returns the 32x32 image as a 4-bit palette BMP file.
     * @param prompt The prompt (the palette derives from its hash).
     * @param aigcData abi.encode(uint256 modelCommitment, uint256[9] words).
     * @return The BMP bytes.
     */
    function bitmap(bytes calldata prompt, bytes calldata aigcData) external pure returns (bytes memory);
}
