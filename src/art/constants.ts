/** Fixed shape of the Mamori art model v1; the circuit (circuits/src/art.circom) hard-codes the same numbers. */
export { ART_PIXELS, ART_SIZE, WEIGHT_COUNT, WEIGHT_MAX, WEIGHT_MIN } from "../limits"
/** Triangle-wave features per axis. */
export const ART_WAVES = 4
/** Hidden units per axis (and products per pixel). */
export const ART_HIDDEN = 4
/** Domain tag of the architecture inside the commitment: "mamori-art-v1" read as a big-endian integer. */
export const ART_ARCH_TAG = 8666022059215008507768282641969n
/** Ordered-dither thresholds (Bayer 4×4, values 0..15), indexed [y % 4][x % 4]. */
export const BAYER4: readonly (readonly number[])[] = [
  [0, 8, 2, 10],
  [12, 4, 14, 6],
  [3, 11, 1, 9],
  [15, 7, 13, 5]
]
/** Offset that keeps every pixel value positive, and the width of its range check in the circuit. */
export const PIXEL_OFFSET = 16384
export const PIXEL_BITS = 15
/** log2 of the band width: the band index is bits 6..8 of the pixel value. */
export const BAND_SHIFT = 6
/** The Bayer threshold adds DITHER_STEP·bayer (16 levels span one band). */
export const DITHER_STEP = 4
/** The prompt's band shift adds SHIFT_STEP·shift (64 levels span one 8-band fold period). */
export const SHIFT_STEP = 8
