// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @title IModelEconomy
 * @author Mamori
 * @notice What the collection asks the model registry about money and terms: a model's mint fee and who receives
 * it, its royalty, and its licence.
 */
interface IModelEconomy {
    /**
     * @notice Returns the mint fee of a model and its payee: the model's revenue token when launched, else its
     * registrant.
     * @param commitment The model commitment.
     * @return fee The fee in wei, paid once per mint.
     * @return payee Where the fee goes.
     */
    function mintFeeOf(uint256 commitment) external view returns (uint256 fee, address payee);

    /**
     * @notice Everything a mint needs in one call: the verifier, whether the model may mint, its fee and payee.
     * @param commitment The model commitment.
     * @return verifier The verifier address, zero when the model is unknown.
     * @return mintable False when the model or its architecture is retired.
     * @return fee The fee in wei.
     * @return payee Where the fee goes (zero when the fee is zero).
     */
    function mintTermsOf(uint256 commitment)
        external
        view
        returns (address verifier, bool mintable, uint256 fee, address payee);

    /**
     * @notice Returns the royalty of tokens made with a model (ERC-2981).
     * @param commitment The model commitment.
     * @return receiver The revenue token when launched, else the registrant.
     * @return bps The rate in basis points (at most the registry's cap).
     */
    function royaltyOf(uint256 commitment) external view returns (address receiver, uint256 bps);

    /**
     * @notice Returns the licence of a model.
     * @param commitment The model commitment.
     * @return uri Where the licence text is (may be empty).
     * @return termsHash keccak256 of the licence text (zero when none).
     */
    function licenseOf(uint256 commitment) external view returns (string memory uri, bytes32 termsHash);
}
