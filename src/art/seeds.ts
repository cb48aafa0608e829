import { ART_WAVES } from "./constants"
import { BN254_R } from "./promptField"
import { ArtInputError } from "./errors"

/** Small integers the model reads from the prompt's field element (its low 80 bits). */
export type ArtSeeds = {
  /** freq[a][k] in 1..4 (a = 0 rows, a = 1 columns). */
  freq: number[][]
  /** phase[a][k] in 0..63. */
  phase: number[][]
  /** centre[0] = cy, centre[1] = cx, each 0..31. */
  centre: number[]
  /** Band shift 0..63 (added as 8·shift). */
  shift: number
}

/**
 * Reads the seeds from promptField's bits, LSB first: for a in {rows, cols}, k in 0..3 an 8-bit group
 * at bit 8(4a + k): 2 bits freq - 1, then 6 bits phase; cy at bits 64..68, cx at 69..73, shift at 74..79.
 */
export function promptSeeds(field: bigint): ArtSeeds {
  if (typeof field !== "bigint" || field < 0n || field >= BN254_R) throw new ArtInputError("The prompt field element must be in [0, r).")
  const bits = (offset: number, n: number) => Number((field >> BigInt(offset)) & ((1n << BigInt(n)) - 1n))
  const freq: number[][] = []
  const phase: number[][] = []
  for (let a = 0; a < 2; a++) {
    freq.push([])
    phase.push([])
    for (let k = 0; k < ART_WAVES; k++) {
      const o = (a * ART_WAVES + k) * 8
      freq[a]!.push(1 + bits(o, 2))
      phase[a]!.push(bits(o + 2, 6))
    }
  }
  return { freq, phase, centre: [bits(64, 5), bits(69, 5)], shift: bits(74, 6) }
}
