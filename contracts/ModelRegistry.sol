// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";

/**
 * @title ModelRegistry
 * @author Mamori
 * @notice Publishes art models before any mint. An architecture is one circuit with one Groth16 verifier and
 * is registered by the registry owner, because a verifier decides what counts as a valid proof. Models are
 * commitments to weights of a known architecture: anyone may register one (custom weights need no new
 * circuit), and becomes its owner.
 */
contract ModelRegistry is IModelRegistry, Ownable {
    /** @notice The BN254 scalar field: a commitment is a public signal, so it must be below this. */
    uint256 public constant SNARK_SCALAR_FIELD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /** @notice Longest model or architecture name, in bytes. */
    uint256 public constant MAX_NAME_BYTES = 64;
    /** @notice Longest metadata URI, in bytes. */
    uint256 public constant MAX_URI_BYTES = 256;

    /** @notice The architecture id is zero or already registered. */
    error ModelRegistry__InvalidArchitectureId(uint32 architectureId);
    /** @notice The verifier address holds no code. */
    error ModelRegistry__VerifierNotContract(address verifier);
    /** @notice No architecture has this id. */
    error ModelRegistry__UnknownArchitecture(uint32 architectureId);
    /** @notice The commitment is zero or not a field element. */
    error ModelRegistry__InvalidCommitment(uint256 commitment);
    /** @notice The commitment is already registered. */
    error ModelRegistry__ModelExists(uint256 commitment);
    /** @notice No model has this commitment. */
    error ModelRegistry__UnknownModel(uint256 commitment);
    /** @notice The name is empty or longer than MAX_NAME_BYTES. */
    error ModelRegistry__InvalidName();
    /** @notice The URI is longer than MAX_URI_BYTES. */
    error ModelRegistry__UriTooLong();
    /** @notice Only the model owner may do this. */
    error ModelRegistry__NotModelOwner(address caller);

    mapping(uint32 architectureId => address verifier) private _verifiers;
    mapping(uint256 commitment => Model) private _models;

    /**
     * @notice Creates the registry.
     * @param initialOwner The account that registers architectures.
     */
    constructor(address initialOwner) Ownable(initialOwner) {}

    /**
     * @notice Registers an architecture and the verifier of its circuit. Ids are never reused or changed, so
     * the proofs of minted tokens keep verifying.
     * @param architectureId A non-zero id.
     * @param verifier The snarkjs Groth16 verifier.
     * @param name A short name, e.g. "mamori-art-v1".
     */
    function registerArchitecture(uint32 architectureId, address verifier, string calldata name)
        external
        onlyOwner
    {
        if (architectureId == 0 || _verifiers[architectureId] != address(0)) {
            revert ModelRegistry__InvalidArchitectureId(architectureId);
        }
        if (verifier.code.length == 0) revert ModelRegistry__VerifierNotContract(verifier);
        _checkName(name);
        _verifiers[architectureId] = verifier;
        emit ArchitectureRegistered(architectureId, verifier, name);
    }

    /**
     * @notice Registers a model commitment for weights of a known architecture; the caller owns it.
     * @param commitment The commitment to the weights (a non-zero field element).
     * @param architectureId The architecture.
     * @param name A short name.
     * @param metadataURI Where the model is described (may be empty).
     */
    function registerModel(
        uint256 commitment,
        uint32 architectureId,
        string calldata name,
        string calldata metadataURI
    ) external {
        if (commitment == 0 || commitment > SNARK_SCALAR_FIELD - 1) {
            revert ModelRegistry__InvalidCommitment(commitment);
        }
        if (_verifiers[architectureId] == address(0)) revert ModelRegistry__UnknownArchitecture(architectureId);
        if (_models[commitment].owner != address(0)) revert ModelRegistry__ModelExists(commitment);
        _checkName(name);
        if (bytes(metadataURI).length > MAX_URI_BYTES) revert ModelRegistry__UriTooLong();
        _models[commitment] = Model(msg.sender, architectureId, name, metadataURI);
        emit ModelRegistered(commitment, msg.sender, architectureId, name, metadataURI);
    }

    /**
     * @notice Changes a model's metadata URI (model owner only).
     * @param commitment The model commitment.
     * @param metadataURI The new URI.
     */
    function setModelMetadataURI(uint256 commitment, string calldata metadataURI) external {
        Model storage m = _models[commitment];
        if (m.owner == address(0)) revert ModelRegistry__UnknownModel(commitment);
        if (m.owner != msg.sender) revert ModelRegistry__NotModelOwner(msg.sender);
        if (bytes(metadataURI).length > MAX_URI_BYTES) revert ModelRegistry__UriTooLong();
        m.metadataURI = metadataURI;
        emit ModelMetadataURIUpdated(commitment, metadataURI);
    }

    /**
     * @notice Returns the verifier of an architecture, zero when unknown.
     * @param architectureId The architecture id.
     * @return The verifier address.
     */
    function architectureVerifier(uint32 architectureId) external view returns (address) {
        return _verifiers[architectureId];
    }

    /// @inheritdoc IModelRegistry
    function model(uint256 commitment) external view returns (Model memory) {
        return _models[commitment];
    }

    /// @inheritdoc IModelRegistry
    function verifierOf(uint256 commitment) external view returns (address) {
        Model storage m = _models[commitment];
        if (m.owner == address(0)) return address(0);
        return _verifiers[m.architectureId];
    }

    function _checkName(string calldata name) private pure {
        uint256 n = bytes(name).length;
        if (n == 0 || n > MAX_NAME_BYTES) revert ModelRegistry__InvalidName();
    }
}
