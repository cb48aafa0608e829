// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @title ITokenTermsRenderer
 * @author Mamori
 * @notice Renders a token's ERC-7007 metadata with its proof path, status and its model's licence.
 */
interface ITokenTermsRenderer {
    /** @notice What the metadata says beyond the image. */
    struct TokenTerms {
        /** @dev "validity" (Groth16 proof at mint) or "fraud" (optimistic, challengeable). */
        string proofType;
        /** @dev "verified", "pending", "final" or "corrected". */
        string status;
        /** @dev The model's licence URI (may be empty). */
        string licenseURI;
        /** @dev keccak256 of the licence text (zero when none). */
        bytes32 termsHash;
    }

    /**
     * @notice Returns the token metadata: `data:application/json;base64,` + the ERC-7007 JSON with the terms.
     * @param tokenId The token id.
     * @param prompt The prompt.
     * @param aigcData abi.encode(uint256 modelCommitment, uint256[9] words).
     * @param modelName The registered model name.
     * @param terms Proof path, status and licence.
     * @return The metadata URI.
     */
    function tokenURIWithTerms(
        uint256 tokenId,
        bytes calldata prompt,
        bytes calldata aigcData,
        string calldata modelName,
        TokenTerms calldata terms
    ) external pure returns (string memory);
}
