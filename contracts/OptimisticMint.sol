// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC7007Updatable} from "./interfaces/IERC7007Updatable.sol";

/**
 * @title OptimisticMint
 * @author Mamori
 * @notice The collection's second mint path (ERC-7007 Updatable, fraud proofs). `revealOptimistic` mints with the
 * pixels and no proof, against a bond set by the collection owner; the token says "pending" until a challenge
 * window (in blocks) closes. Within the window anyone may `challenge` with a Groth16 proof of the registered
 * model's output for that prompt: when the proven pixels differ, they replace the posted ones (`Update`), the bond
 * goes to the challenger and the token says "corrected". A proof of the posted pixels is refused
 * (OptimisticMint__SameOutput), so an honest mint cannot be griefed. After the window `finalise` returns the bond
 * to the minter (anyone may call it; the token is final once the window closes, refunded or not).
 * The earliest commitment wins on this path too: an optimistic reveal from a commitment older than the holder's takes
 * the token over (as a proven one does), and the bond of a holder who is taken over is forfeited to the new holder,
 * so a front-runner who committed after reading a pending reveal loses the bond as well as the fee. The bond is
 * therefore returned only once the token is final (no older commitment can reveal any more), not merely at the end
 * of the challenge window.
 * @dev The collection implements the storage hooks below. The bond is kept in gwei so that a token's record fits
 * one slot: minter, deadline, status and bond.
 */
abstract contract OptimisticMint is Ownable, IERC7007Updatable {
    /** @notice A token's optimistic state. None: minted with a validity proof. */
    enum Status {
        None,
        Pending,
        Corrected,
        Superseded
    }

    /** @dev One slot per optimistic token: 160 + 40 + 8 + 48 bits. */
    // solhint-disable-next-line gas-struct-packing
    struct Record {
        address minter;
        uint40 deadline;
        Status status;
        uint48 bondGwei;
    }

    /** @notice Bond of an optimistic mint, in wei (a whole number of gwei). */
    uint256 public optimisticBond = 0.01 ether;
    /** @notice Blocks after an optimistic mint during which it can be challenged. */
    uint256 public challengeWindow = 7200;

    mapping(uint256 tokenId => Record) private _records;

    /**
     * @notice Emitted when a token is minted optimistically.
     * @param tokenId The token.
     * @param minter Posted the bond.
     * @param bond Wei at stake.
     * @param deadline Last block at which it can be challenged.
     */
    event OptimisticMinted(uint256 indexed tokenId, address indexed minter, uint256 bond, uint256 deadline);
    /**
     * @notice Emitted when a challenge corrects a token.
     * @param tokenId The token.
     * @param challenger Proved the correct output and received the bond.
     * @param bond Wei paid to the challenger.
     */
    event Challenged(uint256 indexed tokenId, address indexed challenger, uint256 bond);
    /**
     * @notice Emitted when a bond returns to its minter.
     * @param tokenId The token.
     * @param minter The minter.
     * @param bond Wei returned.
     */
    event BondReturned(uint256 indexed tokenId, address indexed minter, uint256 bond);
    /**
     * @notice Emitted when an older commitment takes over a token whose bond was still held: the bond goes to the
     * new holder.
     * @param tokenId The token.
     * @param minter The outranked holder, who posted the bond.
     * @param to The new holder.
     * @param bond Wei forfeited.
     */
    event BondForfeited(uint256 indexed tokenId, address indexed minter, address indexed to, uint256 bond);
    /**
     * @notice Emitted when the owner changes the bond or the window (for future mints).
     * @param bond Wei.
     * @param window Blocks.
     */
    event OptimisticTermsSet(uint256 bond, uint256 window);

    /** @notice The bond is not a whole number of gwei below 2^48 gwei, or the window is 0 or above 2^32. */
    error OptimisticMint__InvalidTerms();
    /** @notice msg.value does not cover the bond. */
    error OptimisticMint__BondMissing(uint256 bond, uint256 paid);
    /** @notice The token is not pending (never optimistic, already corrected or taken over by a proven mint). */
    error OptimisticMint__NotChallengeable(uint256 tokenId);
    /** @notice The challenge window closed after block `deadline`. */
    error OptimisticMint__WindowClosed(uint256 deadline);
    /** @notice The window is still open until block `deadline`. */
    error OptimisticMint__WindowOpen(uint256 deadline);
    /** @notice The proven data equal the posted data: nothing to correct. */
    error OptimisticMint__SameOutput(uint256 tokenId);
    /** @notice The challenge names another model than the posted data. */
    error OptimisticMint__ModelMismatch(uint256 posted, uint256 challenged);
    /** @notice The challenge's proof does not verify. */
    error OptimisticMint__InvalidProof();
    /** @notice No bond is owed for this token (never optimistic, paid out, or returned already). */
    error OptimisticMint__NoBond(uint256 tokenId);
    /** @notice Data change only through `challenge`, which proves the new data. */
    error OptimisticMint__UpdateThroughChallenge();
    /** @notice A native-coin payment failed. */
    error OptimisticMint__PaymentFailed(address to);

    constructor() Ownable(msg.sender) {}

    /**
     * @notice Sets the bond and the challenge window of future optimistic mints (owner only).
     * @param bond Wei, a whole number of gwei.
     * @param window Blocks (1 .. 2^32).
     */
    function setOptimisticTerms(uint256 bond, uint256 window) external onlyOwner {
        if (bond % 1 gwei != 0 || bond / 1 gwei > type(uint48).max || window == 0 || window > type(uint32).max) {
            revert OptimisticMint__InvalidTerms();
        }
        optimisticBond = bond;
        challengeWindow = window;
        emit OptimisticTermsSet(bond, window);
    }

    /**
     * @notice Reveals a committed prompt with its pixels and no proof, and mints at once (ERC-7007 opML path).
     * Pays `optimisticBond` plus the model's mint fee (msg.value must be exactly their sum). Refused for a prompt
     * that is already minted from a commitment as old as the caller's or older; from an older commitment it takes
     * the token over, and a bond the outranked holder still had here is paid to the caller.
     * @param promptBytes The prompt.
     * @param aigcData abi.encode(uint256 modelCommitment, uint256[9] words).
     * @param salt The salt of the commitment.
     * @return id The token id.
     */
    function revealOptimistic(bytes calldata promptBytes, bytes calldata aigcData, bytes32 salt)
        external
        payable
        returns (uint256 id)
    {
        uint256 bond = optimisticBond;
        if (msg.value < bond) revert OptimisticMint__BondMissing(bond, msg.value);
        uint256 deadline = block.number + challengeWindow;
        id = uint256(keccak256(promptBytes));
        // A holder this mint takes over (it reverts otherwise) loses a bond still held.
        Record memory previous = _records[id];
        // Recorded before the mint, whose fee payment is the only external call before the forfeit's.
        _records[id] = Record(msg.sender, uint40(deadline), Status.Pending, uint48(bond / 1 gwei));
        emit OptimisticMinted(id, msg.sender, bond, deadline);
        _mintUnproven(promptBytes, aigcData, salt, msg.value - bond);
        if (previous.bondGwei != 0) {
            uint256 forfeited = uint256(previous.bondGwei) * 1 gwei;
            emit BondForfeited(id, previous.minter, msg.sender, forfeited);
            _pay(msg.sender, forfeited);
        }
    }

    /**
     * @notice Challenges a pending token with a Groth16 proof of the model's output for its prompt. When the proven
     * data differ from the posted data, they replace them (`Update`), the token is marked corrected and the bond
     * is paid to the caller.
     * @param promptBytes The prompt.
     * @param aigcData The proven data (same model commitment as the posted data).
     * @param proof abi.encode(uint256[2] a, uint256[2][2] b, uint256[2] c).
     */
    function challenge(bytes calldata promptBytes, bytes calldata aigcData, bytes calldata proof) external {
        uint256 id = uint256(keccak256(promptBytes));
        Record memory r = _records[id];
        if (r.status != Status.Pending) revert OptimisticMint__NotChallengeable(id);
        if (block.number > r.deadline) revert OptimisticMint__WindowClosed(r.deadline);
        bytes memory posted = _currentAigcData(id);
        if (keccak256(posted) == keccak256(aigcData)) revert OptimisticMint__SameOutput(id);
        uint256 postedModel = uint256(bytes32(posted));
        if (aigcData.length < 32 || uint256(bytes32(aigcData[:32])) != postedModel) {
            revert OptimisticMint__ModelMismatch(postedModel, aigcData.length < 32 ? 0 : uint256(bytes32(aigcData[:32])));
        }
        if (!_proves(promptBytes, aigcData, proof)) revert OptimisticMint__InvalidProof();
        _replaceAigcData(id, promptBytes, aigcData);
        uint256 bond = uint256(r.bondGwei) * 1 gwei;
        _records[id] = Record(r.minter, r.deadline, Status.Corrected, 0);
        emit Update(id, promptBytes, aigcData);
        emit Challenged(id, msg.sender, bond);
        _pay(msg.sender, bond);
    }

    /**
     * @notice Returns the bond of an unchallenged optimistic mint to its minter once the window has closed and the
     * token is final (no older commitment can take it over any more). Anyone may call it.
     * @param id The token id.
     */
    function finalise(uint256 id) external {
        Record memory r = _records[id];
        if (r.bondGwei == 0) revert OptimisticMint__NoBond(id);
        // The last block at which the bond may still be challenged or forfeited.
        uint256 lastBlock = r.deadline;
        uint256 finalAt = _finalAt(id);
        if (finalAt > lastBlock + 1) lastBlock = finalAt - 1;
        if (block.number <= lastBlock) revert OptimisticMint__WindowOpen(lastBlock);
        _records[id].bondGwei = 0;
        uint256 bond = uint256(r.bondGwei) * 1 gwei;
        emit BondReturned(id, r.minter, bond);
        _pay(r.minter, bond);
    }

    /**
     * @notice Part of ERC-7007 Updatable; always reverts here: data change only through `challenge`, which
     * proves the new data (an unauthenticated update would let anyone rewrite a token).
     * @param promptBytes The prompt (unused).
     * @param aigcData The data (unused).
     */
    function update(bytes calldata promptBytes, bytes calldata aigcData) external pure {
        (promptBytes, aigcData);
        revert OptimisticMint__UpdateThroughChallenge();
    }

    /**
     * @notice Returns the optimistic state of a token.
     * @param id The token id.
     * @return minter Posted the bond (zero for a proven mint).
     * @return deadline Last block of the challenge window.
     * @return status None (proven mint), Pending, Corrected or Superseded (taken over by a proven reveal).
     * @return bond Wei still held for this token.
     */
    function optimisticRecordOf(uint256 id)
        external
        view
        returns (address minter, uint256 deadline, Status status, uint256 bond)
    {
        Record memory r = _records[id];
        return (r.minter, r.deadline, r.status, uint256(r.bondGwei) * 1 gwei);
    }

    /**
     * @dev The metadata words for a token: proof_type ("validity" or "fraud") and status ("verified", "pending",
     * "final" or "corrected").
     */
    function _proofStatus(uint256 id) internal view returns (string memory proofType, string memory status) {
        Record memory r = _records[id];
        if (r.status == Status.None || r.status == Status.Superseded) return ("validity", "verified");
        if (r.status == Status.Corrected) return ("fraud", "corrected");
        return ("fraud", block.number > r.deadline ? "final" : "pending");
    }

    /**
     * @dev ERC-7007's verify for the opML path (empty proof): true when `aigcData` is the token's current data and
     * it is final (window closed) or was corrected by a proof.
     */
    function _verifyOptimistic(bytes calldata promptBytes, bytes calldata aigcData) internal view returns (bool) {
        uint256 id = uint256(keccak256(promptBytes));
        Record memory r = _records[id];
        if (r.status == Status.None || r.status == Status.Superseded) return false;
        if (r.status == Status.Pending && block.number <= r.deadline) return false;
        return keccak256(_currentAigcData(id)) == keccak256(aigcData);
    }

    /**
     * @dev Called when a proven reveal from an older commitment takes a token over: its data are proven now, and a
     * bond still held is forfeited to `to`. Returns the wei the caller must pay `to` once its state is final.
     */
    function _supersede(uint256 id, address to) internal returns (uint256 forfeited) {
        Record memory r = _records[id];
        if (r.status == Status.None) return 0;
        forfeited = uint256(r.bondGwei) * 1 gwei;
        _records[id] = Record(r.minter, r.deadline, Status.Superseded, 0);
        if (forfeited != 0) emit BondForfeited(id, r.minter, to, forfeited);
    }

    /** @dev Sends native coin; state is final before this call. */
    function _pay(address to, uint256 amount) internal {
        if (amount == 0) return;
        // solhint-disable-next-line avoid-low-level-calls
        (bool ok,) = payable(to).call{value: amount}("");
        if (!ok) revert OptimisticMint__PaymentFailed(to);
    }

    /**
     * @dev Consumes the caller's commitment, mints `id` to the caller without a proof, stores the data, charges
     * the model fee against `feePaid`. Reverts like a proven reveal (except the proof); like it, takes the token over
     * when the caller's commitment is older than the holder's.
     */
    function _mintUnproven(bytes calldata promptBytes, bytes calldata aigcData, bytes32 salt, uint256 feePaid)
        internal
        virtual;

    /** @dev First block at which no older commitment can take the token over (its bond is returned from then on). */
    function _finalAt(uint256 id) internal view virtual returns (uint256);

    /** @dev The token's current aigcData (320 bytes). */
    function _currentAigcData(uint256 id) internal view virtual returns (bytes memory);

    /** @dev Stores `aigcData` as the token's new data (the holder's commit block is kept). */
    function _replaceAigcData(uint256 id, bytes calldata promptBytes, bytes calldata aigcData) internal virtual;

    /** @dev True when `proof` proves `aigcData` for `promptBytes` with its (registered) model. */
    function _proves(bytes calldata promptBytes, bytes calldata aigcData, bytes calldata proof)
        internal
        view
        virtual
        returns (bool);
}
