import { ART_PIXELS } from "../art/constants"
import { PIXELS_PER_WORD, PIXEL_WORDS } from "./constants"
import { ZkInputError } from "./errors"

/**
 * Packs 1024 palette indices (0..3) into 9 field elements: word w = Σ_j idx[126w + j]·4^j
 * (pixel j of the word in bits 2j..2j+1; word 8 holds pixels 1008..1023).
 */
export function packPixels(indices: Uint8Array | readonly number[]): bigint[] {
  if (indices.length !== ART_PIXELS) throw new ZkInputError(`Expected ${ART_PIXELS} pixels, got ${indices.length}.`)
  const words: bigint[] = []
  for (let w = 0; w < PIXEL_WORDS; w++) {
    let acc = 0n
    const end = Math.min(ART_PIXELS, (w + 1) * PIXELS_PER_WORD)
    for (let i = end - 1; i >= w * PIXELS_PER_WORD; i--) {
      const v = indices[i]!
      if (!Number.isInteger(v) || v < 0 || v > 3) throw new ZkInputError(`Pixel ${i} is not a palette index 0..3.`)
      acc = (acc << 2n) | BigInt(v)
    }
    words.push(acc)
  }
  return words
}
