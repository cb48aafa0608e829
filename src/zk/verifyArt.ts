import * as snarkjs from "snarkjs"
import type { Groth16Proof } from "snarkjs"
import { PUBLIC_SIGNAL_COUNT } from "./constants"

/**
 * Verifies an art proof against a verification key (assets/zk/verification_key.json).
 * Returns false (never throws) for a malformed or tampered proof, so a mint can be refused cleanly.
 */
export async function verifyArt(vkey: unknown, publicSignals: readonly string[], proof: Groth16Proof): Promise<boolean> {
  if (publicSignals.length !== PUBLIC_SIGNAL_COUNT) return false
  try {
    return await snarkjs.groth16.verify(vkey, [...publicSignals], proof)
  } catch {
    return false
  }
}
