import { ART_WAVES } from "./constants"
import { BN254_R } from "./promptField"
import { ArtInputError } from "./errors"

/** Small integers the model reads from the prompt's field element (its low 88 bits). */
export type ArtSeeds = {
  /** freq[a][k] in 1..8 (a = 0 rows, a = 1 columns). */
  freq: number[][]
  /** phase[a][k] in 0..63. */
  phase: number[][]
  /** centre[0] = cy, centre[1] = cx, each 0..31. */
  centre: number[]
  /** Band shift 0..63 (added as 8·shift). */
  shift: number
}

/**
 * Reads the seeds from promptField's bits, LSB first: for a in {rows, cols}, k in 0..3 a 9-bit group
 * [3 bits freq-1 | 6 bits phase] at bit 9(4a + k); cy at bits 72..76, cx at 77..81, shift at 82..87.
 */
export function promptSeeds(field: bigint): ArtSeeds {
  if (typeof field !== "bigint" || field < 0n || field >= BN254_R)
    throw new ArtInputError("The prompt field element must be in [0, r).")
  const bits = (offset: number, n: number) => Number((field >> BigInt(offset)) & ((1n << BigInt(n)) - 1n))
  const freq: number[][] = []
  const phase: number[][] = []
  for (let a = 0; a < 2; a++) {
    freq.push([])
    phase.push([])
    for (let k = 0; k < ART_WAVES; k++) {
      const o = (a * ART_WAVES + k) * 9
      freq[a]!.push(1 + bits(o, 3))
      phase[a]!.push(bits(o + 3, 6))
    }
  }
  return { freq, phase, centre: [bits(72, 5), bits(77, 5)], shift: bits(82, 6) }
}
