// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @title IGroth16Verifier
 * @author Mamori
 * @notice The function of the snarkjs-generated Groth16 verifier for the art circuit (11 public signals:
 * modelCommitment, promptField, word0..word8).
 */
interface IGroth16Verifier {
    /**
     * @notice Checks a Groth16 proof against public signals.
     * @param pA Proof point A.
     * @param pB Proof point B (coordinates in the order snarkjs exports for Solidity).
     * @param pC Proof point C.
     * @param pubSignals The public signals, in circuit order.
     * @return True when the proof is valid.
     */
    function verifyProof(
        uint256[2] calldata pA,
        uint256[2][2] calldata pB,
        uint256[2] calldata pC,
        uint256[11] calldata pubSignals
    ) external view returns (bool);
}
