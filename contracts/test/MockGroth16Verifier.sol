// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IGroth16Verifier} from "../interfaces/IGroth16Verifier.sol";

/**
 * @title MockGroth16Verifier
 * @author Mamori
 * @notice TEST DOUBLE ONLY, never deployed outside tests: accepts a "proof" iff pA[0] equals
 * keccak256(abi.encode(pubSignals)) mod r. It stands in for the snarkjs verifier so the collection's public
 * input binding (prompt, pixels, model) can be tested without the circuit; it proves nothing.
 */
contract MockGroth16Verifier is IGroth16Verifier {
    uint256 private constant _R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;

    /// @inheritdoc IGroth16Verifier
    function verifyProof(
        uint256[2] calldata pA,
        uint256[2][2] calldata,
        uint256[2] calldata,
        uint256[11] calldata pubSignals
    ) external pure returns (bool) {
        return pA[0] == uint256(keccak256(abi.encode(pubSignals))) % _R;
    }
}
