import { ChainError } from "./errors"

/** Pixels in an image (32×32), pixels per field element, and field elements per image. */
export const IMAGE_PIXELS = 1024
export const PIXELS_PER_WORD = 126
export const WORDS = 9

/**
 * Packs 1024 palette indices (0..3) into the 9 public-signal words: word w = Σ idx[w·126 + j] · 4^j.
 * @param indices Row-major palette indices.
 * @returns The 9 words.
 */
export function packPixels(indices: ArrayLike<number>): bigint[] {
  if (indices.length !== IMAGE_PIXELS) throw new ChainError(`An image has ${IMAGE_PIXELS} pixels, got ${indices.length}.`, { code: "chain/bad-input" })
  const words: bigint[] = new Array(WORDS).fill(0n)
  for (let k = IMAGE_PIXELS - 1; k >= 0; k--) {
    const v = indices[k]!
    if (!Number.isInteger(v) || v < 0 || v > 3) throw new ChainError(`Pixel ${k} is ${v}, not a palette index 0..3.`, { code: "chain/bad-input" })
    const w = Math.floor(k / PIXELS_PER_WORD)
    words[w] = words[w]! * 4n + BigInt(v)
  }
  return words
}

/**
 * Unpacks the 9 words into 1024 palette indices (the inverse of packPixels).
 * @param words The 9 words.
 * @returns Row-major palette indices.
 */
export function unpackPixels(words: readonly bigint[]): Uint8Array {
  if (words.length !== WORDS) throw new ChainError(`Expected ${WORDS} words, got ${words.length}.`, { code: "chain/bad-input" })
  const out = new Uint8Array(IMAGE_PIXELS)
  for (let k = 0; k < IMAGE_PIXELS; k++) {
    const w = words[Math.floor(k / PIXELS_PER_WORD)]!
    out[k] = Number((w >> BigInt(2 * (k % PIXELS_PER_WORD))) & 3n)
  }
  return out
}
