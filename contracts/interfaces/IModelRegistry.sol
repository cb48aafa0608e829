// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @title IModelRegistry
 * @author Mamori
 * @notice Art-model publication (ERC-7007's "ML Model Publication"): architectures with their Groth16
 * verifier, and model commitments (hashes of weights) with their owner, name and metadata.
 */
interface IModelRegistry {
    /** @notice A registered model. */
    struct Model {
        address owner;
        uint32 architectureId;
        /** @dev No new mints; tokens already minted keep their data and their proofs keep verifying. */
        bool retired;
        /** @dev Mint fee in gwei, paid once per mint (kept in the owner's slot: a mint reads no extra slot). */
        uint56 mintFeeGwei;
        string name;
        string metadataURI;
    }

    /**
     * @notice Emitted when an architecture (one circuit, one verifier) is registered.
     * @param architectureId The architecture id.
     * @param verifier The Groth16 verifier of the architecture's circuit.
     * @param name The architecture name.
     */
    event ArchitectureRegistered(uint32 indexed architectureId, address indexed verifier, string name);

    /**
     * @notice Emitted when a model commitment is registered.
     * @param commitment The model commitment (a field element).
     * @param owner The model owner.
     * @param architectureId The architecture the weights are for.
     * @param name The model name.
     * @param metadataURI Where the model is described.
     */
    event ModelRegistered(
        uint256 indexed commitment,
        address indexed owner,
        uint32 indexed architectureId,
        string name,
        string metadataURI
    );

    /**
     * @notice Emitted when a model owner changes the model's metadata URI.
     * @param commitment The model commitment.
     * @param metadataURI The new metadata URI.
     */
    event ModelMetadataURIUpdated(uint256 indexed commitment, string metadataURI);

    /**
     * @notice Emitted when a model owner retires a model (no new mints with it).
     * @param commitment The model commitment.
     */
    event ModelRetired(uint256 indexed commitment);

    /**
     * @notice Emitted when the registry owner retires an architecture (no new models, no new mints with its
     * models).
     * @param architectureId The architecture id.
     */
    event ArchitectureRetired(uint32 indexed architectureId);

    /**
     * @notice Returns a registered model.
     * @param commitment The model commitment.
     * @return The model (owner zero when unknown).
     */
    function model(uint256 commitment) external view returns (Model memory);

    /**
     * @notice Returns the verifier that checks proofs made with a model, zero when the model is unknown.
     * @param commitment The model commitment.
     * @return The verifier address.
     */
    function verifierOf(uint256 commitment) external view returns (address);

    /**
     * @notice Returns the verifier of a model and whether new tokens may be minted with it (neither the model
     * nor its architecture is retired).
     * @param commitment The model commitment.
     * @return verifier The verifier address, zero when the model is unknown.
     * @return mintable False when the model or its architecture is retired.
     */
    function mintVerifierOf(uint256 commitment) external view returns (address verifier, bool mintable);
}
