import { ART_PIXELS } from "../art/constants"
import { PIXELS_PER_WORD, PIXEL_WORDS } from "./constants"
import { ZkInputError } from "./errors"

/** Inverse of packPixels: 9 words (bigint or decimal strings) → 1024 palette indices. */
export function unpackPixels(words: readonly (bigint | string)[]): Uint8Array {
  if (words.length !== PIXEL_WORDS) throw new ZkInputError(`Expected ${PIXEL_WORDS} pixel words, got ${words.length}.`)
  const out = new Uint8Array(ART_PIXELS)
  words.forEach((word, w) => {
    let acc = typeof word === "bigint" ? word : BigInt(word)
    const count = Math.min(PIXELS_PER_WORD, ART_PIXELS - w * PIXELS_PER_WORD)
    if (acc < 0n || acc >= 1n << BigInt(2 * count)) throw new ZkInputError(`Pixel word ${w} is out of range.`)
    for (let j = 0; j < count; j++) {
      out[w * PIXELS_PER_WORD + j] = Number(acc & 3n)
      acc >>= 2n
    }
  })
  return out
}
