// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {IModelEconomy} from "./interfaces/IModelEconomy.sol";
import {ModelRevenueToken} from "./ModelRevenueToken.sol";

/**
 * @title ModelRegistry
 * @author Mamori
 * @notice Publishes art models before any mint. An architecture is one circuit with one Groth16 verifier and
 * is registered by the registry owner, because a verifier decides what counts as a valid proof. Models are
 * commitments to weights of a known architecture: anyone may register one (custom weights need no new
 * circuit), and becomes its owner.
 *
 * Model names cannot be spoofed: a name is 1..64 ASCII letters and digits with single separators (space, '-',
 * '_', '.', apostrophe) between them, and it is unique after folding case, separators and the look-alikes 0/o, 1/i/l, rn/m
 * and vv/w ("Mamori default", "mamori-default" and "MAM0RI DEFAULT" are one name). A retired model keeps its
 * name, so it cannot be re-registered by someone else.
 */
contract ModelRegistry is IModelRegistry, IModelEconomy, Ownable {
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
    /** @notice The name (after folding look-alikes) belongs to another model. */
    error ModelRegistry__NameTaken(uint256 existingCommitment);
    /** @notice The architecture is retired: no new models or mints. */
    error ModelRegistry__ArchitectureRetired(uint32 architectureId);
    /** @notice The model is already retired. */
    error ModelRegistry__ModelRetired(uint256 commitment);

    /** @notice Highest royalty a model owner can set: 10 %. */
    uint256 public constant MAX_ROYALTY_BPS = 1000;

    /** @notice The model already has a revenue token. */
    error ModelRegistry__TokenLaunched(address token);
    /** @notice The fee is not a whole number of gwei below 2^56 gwei. */
    error ModelRegistry__InvalidFee(uint256 fee);
    /** @notice The royalty is above MAX_ROYALTY_BPS. */
    error ModelRegistry__RoyaltyTooHigh(uint256 bps);

    /** @dev A model's revenue token and royalty (its mint fee lives in the Model's first slot). */
    struct Economy {
        address revenueToken;
        uint16 royaltyBps;
    }

    /** @dev A model's licence. */
    struct License {
        string uri;
        bytes32 termsHash;
    }

    mapping(uint256 commitment => Economy) private _economies;
    mapping(uint256 commitment => License) private _licenses;

    /**
     * @notice Emitted when a model owner sets the mint fee.
     * @param commitment The model commitment.
     * @param fee Wei per mint.
     */
    event MintFeeSet(uint256 indexed commitment, uint256 fee);
    /**
     * @notice Emitted when a model owner sets the royalty.
     * @param commitment The model commitment.
     * @param bps Basis points.
     */
    event RoyaltySet(uint256 indexed commitment, uint256 bps);
    /**
     * @notice Emitted when a model owner sets the licence.
     * @param commitment The model commitment.
     * @param uri Where the licence text is.
     * @param termsHash keccak256 of the licence text.
     */
    event LicenseSet(uint256 indexed commitment, string uri, bytes32 termsHash);
    /**
     * @notice Emitted when a model owner launches the model's ERC-7641 revenue token.
     * @param commitment The model commitment.
     * @param token The token.
     * @param holder Received the whole supply.
     * @param supply The fixed supply.
     * @param claimShareBps Part of each snapshot's revenue claimable by holders.
     */
    event RevenueTokenLaunched(
        uint256 indexed commitment, address indexed token, address indexed holder, uint256 supply, uint256 claimShareBps
    );

    /** @dev An architecture: its verifier and whether it still accepts new models and mints. */
    struct Architecture {
        address verifier;
        bool retired;
    }

    mapping(uint32 architectureId => Architecture) private _architectures;
    mapping(uint256 commitment => Model) private _models;
    mapping(bytes32 nameKey => uint256 commitment) private _modelsByName;

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
        if (architectureId == 0 || _architectures[architectureId].verifier != address(0)) {
            revert ModelRegistry__InvalidArchitectureId(architectureId);
        }
        if (verifier.code.length == 0) revert ModelRegistry__VerifierNotContract(verifier);
        nameKey(name);
        _architectures[architectureId] = Architecture(verifier, false);
        emit ArchitectureRegistered(architectureId, verifier, name);
    }

    /**
     * @notice Retires an architecture (registry owner only): no new models for it and no new mints with its
     * models. Its verifier stays, so minted tokens keep verifying.
     * @param architectureId The architecture id.
     */
    function retireArchitecture(uint32 architectureId) external onlyOwner {
        Architecture storage a = _architectures[architectureId];
        if (a.verifier == address(0)) revert ModelRegistry__UnknownArchitecture(architectureId);
        if (a.retired) revert ModelRegistry__ArchitectureRetired(architectureId);
        a.retired = true;
        emit ArchitectureRetired(architectureId);
    }

    /**
     * @notice Registers a model commitment for weights of a known architecture; the caller owns it.
     * @param commitment The commitment to the weights (a non-zero field element).
     * @param architectureId The architecture.
     * @param name A unique name (see the contract notice for the rules).
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
        Architecture storage a = _architectures[architectureId];
        if (a.verifier == address(0)) revert ModelRegistry__UnknownArchitecture(architectureId);
        if (a.retired) revert ModelRegistry__ArchitectureRetired(architectureId);
        if (_models[commitment].owner != address(0)) revert ModelRegistry__ModelExists(commitment);
        bytes32 key = nameKey(name);
        uint256 existing = _modelsByName[key];
        if (existing != 0) revert ModelRegistry__NameTaken(existing);
        if (bytes(metadataURI).length > MAX_URI_BYTES) revert ModelRegistry__UriTooLong();
        _modelsByName[key] = commitment;
        _models[commitment] = Model(msg.sender, architectureId, false, 0, name, metadataURI);
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
     * @notice Retires a model (model owner only): no new mints with it. Minted tokens keep their data and their
     * proofs keep verifying; the name stays taken.
     * @param commitment The model commitment.
     */
    function retireModel(uint256 commitment) external {
        Model storage m = _models[commitment];
        if (m.owner == address(0)) revert ModelRegistry__UnknownModel(commitment);
        if (m.owner != msg.sender) revert ModelRegistry__NotModelOwner(msg.sender);
        if (m.retired) revert ModelRegistry__ModelRetired(commitment);
        m.retired = true;
        emit ModelRetired(commitment);
    }

    /**
     * @notice Returns the verifier of an architecture, zero when unknown.
     * @param architectureId The architecture id.
     * @return The verifier address.
     */
    function architectureVerifier(uint32 architectureId) external view returns (address) {
        return _architectures[architectureId].verifier;
    }

    /**
     * @notice Returns whether an architecture is retired.
     * @param architectureId The architecture id.
     * @return True when retired.
     */
    function architectureRetired(uint32 architectureId) external view returns (bool) {
        return _architectures[architectureId].retired;
    }

    /**
     * @notice Returns the model registered under a name or any of its look-alikes, zero when none.
     * @param name A name (reverts with ModelRegistry__InvalidName when it breaks the rules).
     * @return The model commitment.
     */
    function modelByName(string calldata name) external view returns (uint256) {
        return _modelsByName[nameKey(name)];
    }

    /**
     * @notice Checks a model name and returns its uniqueness key: keccak256 of the name lowercased, without
     * separators, with 0 read as o, 1 and i as l, rn as m and vv as w.
     * @param name The name.
     * @return The key; reverts with ModelRegistry__InvalidName when the name is empty, too long, uses another
     * character, or starts, ends or doubles a separator.
     */
    function nameKey(string calldata name) public pure returns (bytes32) {
        bytes calldata b = bytes(name);
        uint256 n = b.length;
        if (n == 0 || n > MAX_NAME_BYTES) revert ModelRegistry__InvalidName();
        bytes memory folded = new bytes(n);
        uint256 k = 0;
        bool afterSeparator = true; // a leading separator is refused like a doubled one
        for (uint256 i = 0; i < n; ++i) {
            uint8 c = uint8(b[i]);
            if (c == 0x20 || c == 0x2d || c == 0x5f || c == 0x2e || c == 0x27) {
                if (afterSeparator) revert ModelRegistry__InvalidName();
                afterSeparator = true;
                continue;
            }
            afterSeparator = false;
            if (c >= 0x41 && c <= 0x5a) c += 32;
            else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) revert ModelRegistry__InvalidName();
            if (c == 0x30) c = 0x6f; // 0 -> o
            else if (c == 0x31 || c == 0x69) c = 0x6c; // 1, i -> l
            bytes1 previous = k == 0 ? bytes1(0) : folded[k - 1];
            if (c == 0x6e && previous == 0x72) folded[k - 1] = 0x6d; // rn -> m
            else if (c == 0x76 && previous == 0x76) folded[k - 1] = 0x77; // vv -> w
            else folded[k++] = bytes1(c);
        }
        if (afterSeparator) revert ModelRegistry__InvalidName();
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            mstore(folded, k)
        }
        return keccak256(folded);
    }

    /// @inheritdoc IModelRegistry
    function model(uint256 commitment) external view returns (Model memory) {
        return _models[commitment];
    }

    /// @inheritdoc IModelRegistry
    function verifierOf(uint256 commitment) external view returns (address) {
        Model storage m = _models[commitment];
        if (m.owner == address(0)) return address(0);
        return _architectures[m.architectureId].verifier;
    }

    /// @inheritdoc IModelRegistry
    function mintVerifierOf(uint256 commitment) external view returns (address verifier, bool mintable) {
        Model storage m = _models[commitment];
        if (m.owner == address(0)) return (address(0), false);
        Architecture storage a = _architectures[m.architectureId];
        return (a.verifier, !m.retired && !a.retired);
    }

    /**
     * @notice Sets the native-coin fee every mint with this model pays (model owner only; both mint paths).
     * @param commitment The model commitment.
     * @param fee Wei per mint, a whole number of gwei (below 2^56 gwei).
     */
    function setMintFee(uint256 commitment, uint256 fee) external {
        _requireModelOwner(commitment);
        if (fee % 1 gwei != 0 || fee / 1 gwei > type(uint56).max) revert ModelRegistry__InvalidFee(fee);
        _models[commitment].mintFeeGwei = uint56(fee / 1 gwei);
        emit MintFeeSet(commitment, fee);
    }

    /**
     * @notice Sets the ERC-2981 royalty of tokens made with this model (model owner only).
     * @param commitment The model commitment.
     * @param bps Basis points, at most MAX_ROYALTY_BPS.
     */
    function setRoyalty(uint256 commitment, uint16 bps) external {
        _requireModelOwner(commitment);
        if (bps > MAX_ROYALTY_BPS) revert ModelRegistry__RoyaltyTooHigh(bps);
        _economies[commitment].royaltyBps = bps;
        emit RoyaltySet(commitment, bps);
    }

    /**
     * @notice Sets the licence shown before minting and in each token's metadata (model owner only).
     * @param commitment The model commitment.
     * @param uri Where the licence text is (at most MAX_URI_BYTES).
     * @param termsHash keccak256 of the licence text, so a changed text is detectable.
     */
    function setLicense(uint256 commitment, string calldata uri, bytes32 termsHash) external {
        _requireModelOwner(commitment);
        if (bytes(uri).length > MAX_URI_BYTES) revert ModelRegistry__UriTooLong();
        _licenses[commitment] = License(uri, termsHash);
        emit LicenseSet(commitment, uri, termsHash);
    }

    /**
     * @notice Launches the model's ERC-7641 revenue token (model owner only, once). The whole fixed supply goes
     * to the caller; from then on mint fees and royalties are paid to the token.
     * @param commitment The model commitment.
     * @param name ERC-20 name.
     * @param symbol ERC-20 symbol.
     * @param supply Fixed supply (18 decimals).
     * @param claimShareBps Part of each snapshot's revenue claimable by holders; the rest funds burn redemptions.
     * @param snapshotInterval Minimum blocks between snapshots.
     * @return token The token address.
     */
    function launchRevenueToken(
        uint256 commitment,
        string calldata name,
        string calldata symbol,
        uint256 supply,
        uint256 claimShareBps,
        uint256 snapshotInterval
    ) external returns (address token) {
        _requireModelOwner(commitment);
        Economy storage e = _economies[commitment];
        if (e.revenueToken != address(0)) revert ModelRegistry__TokenLaunched(e.revenueToken);
        token = address(
            new ModelRevenueToken(name, symbol, commitment, msg.sender, supply, claimShareBps, snapshotInterval)
        );
        e.revenueToken = token;
        emit RevenueTokenLaunched(commitment, token, msg.sender, supply, claimShareBps);
    }

    /**
     * @notice Returns a model's economy: fee, revenue token (zero when none) and royalty.
     * @param commitment The model commitment.
     * @return fee Wei per mint.
     * @return revenueToken The ERC-7641 token, zero when not launched.
     * @return royaltyBps Royalty in basis points.
     */
    function economyOf(uint256 commitment) external view returns (uint256 fee, address revenueToken, uint256 royaltyBps) {
        Economy storage e = _economies[commitment];
        return (uint256(_models[commitment].mintFeeGwei) * 1 gwei, e.revenueToken, e.royaltyBps);
    }

    /// @inheritdoc IModelEconomy
    function mintFeeOf(uint256 commitment) external view returns (uint256 fee, address payee) {
        Model storage m = _models[commitment];
        fee = uint256(m.mintFeeGwei) * 1 gwei;
        if (fee != 0) payee = _payee(commitment, m.owner);
    }

    /// @inheritdoc IModelEconomy
    function mintTermsOf(uint256 commitment)
        external
        view
        returns (address verifier, bool mintable, uint256 fee, address payee)
    {
        Model storage m = _models[commitment];
        address owner_ = m.owner;
        if (owner_ == address(0)) return (address(0), false, 0, address(0));
        Architecture storage a = _architectures[m.architectureId];
        fee = uint256(m.mintFeeGwei) * 1 gwei;
        // Free models cost no further read; a paid mint reads the revenue token's slot.
        if (fee != 0) payee = _payee(commitment, owner_);
        return (a.verifier, !m.retired && !a.retired, fee, payee);
    }

    /// @inheritdoc IModelEconomy
    function royaltyOf(uint256 commitment) external view returns (address receiver, uint256 bps) {
        receiver = _payee(commitment, _models[commitment].owner);
        bps = _economies[commitment].royaltyBps;
    }

    /// @inheritdoc IModelEconomy
    function licenseOf(uint256 commitment) external view returns (string memory uri, bytes32 termsHash) {
        License storage lic = _licenses[commitment];
        return (lic.uri, lic.termsHash);
    }

    /** @dev The revenue token when launched, else the registrant. */
    function _payee(uint256 commitment, address registrant) private view returns (address) {
        address token = _economies[commitment].revenueToken;
        return token != address(0) ? token : registrant;
    }

    /** @dev Reverts unless the model exists and the caller owns it. */
    function _requireModelOwner(uint256 commitment) private view {
        address owner_ = _models[commitment].owner;
        if (owner_ == address(0)) revert ModelRegistry__UnknownModel(commitment);
        if (owner_ != msg.sender) revert ModelRegistry__NotModelOwner(msg.sender);
    }
}
