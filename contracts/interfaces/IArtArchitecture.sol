// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

/**
 * @title IArtArchitecture
 * @author Mamori
 * @notice An art architecture that brings its own public-input layout and renderer. Registered in the model
 * registry in place of a bare Groth16 verifier (the registry stores one address per architecture); MamoriArt
 * recognises it through ERC-165 and hands it the prompt, aigcData and proof. Architectures registered with a
 * bare snarkjs verifier keep MamoriArt's built-in 32x32 layout.
 */
interface IArtArchitecture is IERC165 {
    /**
     * @notice Checks that `aigcData` is the output of the model it names on `prompt`: rebuilds the public
     * signals of this architecture's circuit from the prompt and aigcData and calls its Groth16 verifier.
     * @param prompt The prompt (UTF-8, already checked by the collection).
     * @param aigcData The architecture's AIGC data; its first 32 bytes are the model commitment.
     * @param proof abi.encode(uint256[2] a, uint256[2][2] b, uint256[2] c).
     * @return True when the proof is valid; false for malformed input.
     */
    function verifyArt(bytes calldata prompt, bytes calldata aigcData, bytes calldata proof)
        external
        view
        returns (bool);

    /**
     * @notice Returns the token metadata: `data:application/json;base64,` + the ERC-7007 JSON with the image.
     * @param tokenId The token id.
     * @param prompt The prompt (raw bytes; escaped into JSON).
     * @param aigcData The architecture's AIGC data.
     * @param modelName The registered model name (escaped into JSON).
     * @return The metadata URI.
     */
    function tokenURI(uint256 tokenId, bytes calldata prompt, bytes calldata aigcData, string calldata modelName)
        external
        view
        returns (string memory);
}
