// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IArtArchitecture} from "./interfaces/IArtArchitecture.sol";
import {SceneRenderer} from "./SceneRenderer.sol";

/**
 * @title ISceneGroth16Verifier
 * @author Mamori
 * @notice The snarkjs verifier of circuits/src/scene.circom: public signals [scene, modelCommitment, slot0..3].
 */
interface ISceneGroth16Verifier {
    /**
     * @notice Checks a Groth16 proof.
     * @param pA Proof point A.
     * @param pB Proof point B (snarkjs's Solidity order).
     * @param pC Proof point C.
     * @param pubSignals [scene, modelCommitment, slot0, slot1, slot2, slot3].
     * @return True when the proof is valid.
     */
    function verifyProof(
        uint256[2] calldata pA,
        uint256[2][2] calldata pB,
        uint256[2] calldata pC,
        uint256[6] calldata pubSignals
    ) external view returns (bool);
}

/**
 * @title SceneArchitecture
 * @author Mamori
 * @notice The prompt-following art architecture (mamori-scene-v1), registered in the model registry as an
 * IArtArchitecture. The contract turns the prompt into its public inputs itself: words (runs of ASCII letters
 * and digits and of non-ASCII bytes, ASCII lowercased) hashed to vocabulary slots, keccak256(salt, word) mod
 * 1000, as a 1000-bit set in four field elements. The proof shows that the committed model maps that set to
 * the scene word; the image is that scene drawn by SceneRenderer. aigcData = abi.encode(uint256
 * modelCommitment, uint256 scene).
 */
contract SceneArchitecture is IArtArchitecture {
    /** @notice Vocabulary slots (src/art/scene/vocabulary.ts SCENE_SLOTS). */
    uint256 public constant SLOTS = 1000;
    /** @notice Slots per public field element. */
    uint256 public constant SLOTS_PER_ELEMENT = 250;
    /** @notice Salt hashed before each word (src/art/scene/vocabulary.ts SLOT_SALT). */
    bytes4 public constant SLOT_SALT = bytes4(uint32(206));
    /** @notice Length of aigcData: the model commitment and the scene word. */
    uint256 public constant AIGC_DATA_BYTES = 64;
    /** @notice Length of proof: a, b and c. */
    uint256 public constant PROOF_BYTES = 256;

    /** @notice The Groth16 verifier of the scene circuit. */
    ISceneGroth16Verifier public immutable VERIFIER;
    /** @notice The SVG renderer. */
    SceneRenderer public immutable RENDERER;

    /** @notice An address holds no code. */
    error SceneArchitecture__NotContract(address account);

    /**
     * @notice Creates the architecture.
     * @param verifier The scene circuit's verifier.
     * @param renderer The renderer.
     */
    constructor(ISceneGroth16Verifier verifier, SceneRenderer renderer) {
        if (address(verifier).code.length == 0) revert SceneArchitecture__NotContract(address(verifier));
        if (address(renderer).code.length == 0) revert SceneArchitecture__NotContract(address(renderer));
        VERIFIER = verifier;
        RENDERER = renderer;
    }

    /// @inheritdoc IArtArchitecture
    function verifyArt(bytes calldata prompt, bytes calldata aigcData, bytes calldata proof)
        external
        view
        returns (bool)
    {
        if (aigcData.length != AIGC_DATA_BYTES || proof.length != PROOF_BYTES) return false;
        (uint256 commitment, uint256 scene) = abi.decode(aigcData, (uint256, uint256));
        uint256[4] memory slots = slotBitmap(prompt);
        uint256[6] memory signals = [scene, commitment, slots[0], slots[1], slots[2], slots[3]];
        (uint256[2] memory a, uint256[2][2] memory b, uint256[2] memory c) =
            abi.decode(proof, (uint256[2], uint256[2][2], uint256[2]));
        try VERIFIER.verifyProof(a, b, c, signals) returns (bool ok) {
            return ok;
        } catch {
            return false;
        }
    }

    /// @inheritdoc IArtArchitecture
    function tokenURI(uint256 tokenId, bytes calldata prompt, bytes calldata aigcData, string calldata modelName)
        external
        view
        returns (string memory)
    {
        (uint256 commitment, uint256 scene) = abi.decode(aigcData, (uint256, uint256));
        return RENDERER.tokenURI(tokenId, prompt, commitment, scene, modelName);
    }

    /**
     * @notice The prompt's vocabulary slots as the circuit's public bitmap: slot s is bit s % 250 of element
     * s / 250.
     * @param prompt The prompt (UTF-8 bytes).
     * @return slots The four bitmap elements.
     */
    function slotBitmap(bytes calldata prompt) public pure returns (uint256[4] memory slots) {
        // The salt, then the current word (lowercased), hashed in place. Assembly: a Solidity byte loop cost
        // ~500 gas per prompt byte (bounds checks), which put the longest prompt over the mint's gas budget.
        bytes memory buf = new bytes(prompt.length + 36);
        bytes4 salt = SLOT_SALT;
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let base := add(buf, 32)
            mstore(base, salt)
            let len := 0
            let n := prompt.length
            for { let i := 0 } lt(i, add(n, 1)) { i := add(i, 1) } {
                let ch := 0
                if lt(i, n) { ch := byte(0, calldataload(add(prompt.offset, i))) }
                let upper := and(gt(ch, 0x40), lt(ch, 0x5b))
                let isWord :=
                    or(or(and(gt(ch, 0x2f), lt(ch, 0x3a)), and(gt(ch, 0x60), lt(ch, 0x7b))), or(gt(ch, 0x7f), upper))
                switch isWord
                case 1 {
                    mstore8(add(base, add(4, len)), add(ch, mul(upper, 32)))
                    len := add(len, 1)
                }
                default {
                    if len {
                        let slot := mod(keccak256(base, add(len, 4)), 1000)
                        let p := add(slots, mul(div(slot, 250), 32))
                        mstore(p, or(mload(p), shl(mod(slot, 250), 1)))
                        len := 0
                    }
                }
            }
        }
    }

    /**
     * @notice ERC-165: IArtArchitecture (MamoriArt looks for it) and IERC165.
     * @param interfaceId The interface id.
     * @return True when supported.
     */
    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == type(IArtArchitecture).interfaceId || interfaceId == type(IERC165).interfaceId;
    }
}
