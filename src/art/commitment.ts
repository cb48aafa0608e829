import { poseidon2 } from "poseidon-lite"
import { ART_ARCH_TAG, WEIGHT_MIN } from "./constants"
import { flattenWeights, type ArtWeights } from "./weights"

/**
 * Packs the 42 flat weights into one field element: each weight w (in [-16, 15]) becomes the 5-bit
 * digit w + 16, weight i at bits 5i..5i+4 (little-endian), 210 bits in all.
 */
export function packWeights(flat: number[]): bigint {
  let acc = 0n
  for (let i = flat.length - 1; i >= 0; i--) acc = (acc << 5n) | BigInt(flat[i]! - WEIGHT_MIN)
  return acc
}

/**
 * The model commitment, exactly as the circuit computes it:
 *   modelCommitment = Poseidon(ART_ARCH_TAG, packWeights(flatten(weights)))
 * with circomlib's Poseidon (t = 3), ART_ARCH_TAG = "mamori-art-v1" as a big-endian integer and the
 * weight order wr[0][0..3], …, wr[3][..], wc[..], br[0..3], bc[0..3], rho, beta. All 42 weights fit one
 * packed element, so there is a single Poseidon call; a future architecture with more weights would
 * append further 250-bit packed elements (Poseidon(tag, e0, e1, …), up to 15 of them).
 */
export function modelCommitment(weights: ArtWeights): bigint {
  return poseidon2([ART_ARCH_TAG, packWeights(flattenWeights(weights))])
}
