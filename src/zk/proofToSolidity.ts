import type { Groth16Proof } from "snarkjs"
import { PUBLIC_SIGNAL_COUNT } from "./constants"
import { ZkInputError } from "./errors"

export type SolidityProof = {
  a: [bigint, bigint]
  b: [[bigint, bigint], [bigint, bigint]]
  c: [bigint, bigint]
  publicSignals: bigint[]
}

/**
 * A snarkjs Groth16 proof in the argument order of the exported verifier's
 * `verifyProof(uint[2] pA, uint[2][2] pB, uint[2] pC, uint[11] pubSignals)` — the same order as
 * snarkjs's exportSolidityCallData: G2 coordinates are swapped to (x1, x0), (y1, y0).
 */
export function proofToSolidity(
  proof: Groth16Proof,
  publicSignals: readonly string[],
  /** The circuit's public signal count: 11 for mamori-art-v1, 6 for mamori-scene-v1. */
  signalCount: number = PUBLIC_SIGNAL_COUNT
): SolidityProof {
  if (!proof?.pi_a || !proof.pi_b || !proof.pi_c) throw new ZkInputError("Not a Groth16 proof.")
  if (publicSignals.length !== signalCount) throw new ZkInputError(`Expected ${signalCount} public signals, got ${publicSignals.length}.`)
  const n = (s: string | undefined) => {
    if (s === undefined) throw new ZkInputError("Truncated Groth16 proof.")
    return BigInt(s)
  }
  const { pi_a: a, pi_b: b, pi_c: c } = proof
  return {
    a: [n(a[0]), n(a[1])],
    b: [
      [n(b[0]?.[1]), n(b[0]?.[0])],
      [n(b[1]?.[1]), n(b[1]?.[0])]
    ],
    c: [n(c[0]), n(c[1])],
    publicSignals: publicSignals.map((s) => BigInt(s))
  }
}
