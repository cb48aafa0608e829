import { ART_PIXELS, ART_SIZE } from "./constants"
import { ArtInputError } from "./errors"
import type { Rgb } from "./palette"
import { encodePng } from "./png"

export { encodePng } from "./png"

/**
 * Palette indices → RGBA, upscaled by `scale` with nearest-neighbour (crisp pixels).
 * @returns a (32·scale)² × 4 Uint8ClampedArray.
 */
export function renderRgba(indices: Uint8Array, pal: readonly Rgb[], scale = 1): Uint8ClampedArray {
  if (indices.length !== ART_PIXELS) throw new ArtInputError(`Expected ${ART_PIXELS} palette indices.`)
  if (!Number.isInteger(scale) || scale < 1 || scale > 64) throw new ArtInputError("Scale must be an integer in 1..64.")
  const side = ART_SIZE * scale
  const out = new Uint8ClampedArray(side * side * 4)
  for (let py = 0; py < side; py++) {
    for (let px = 0; px < side; px++) {
      const idx = indices[Math.floor(py / scale) * ART_SIZE + Math.floor(px / scale)]!
      const c = pal[idx]
      if (!c) throw new ArtInputError(`Palette index ${idx} is out of range.`)
      const o = (py * side + px) * 4
      out[o] = c[0]
      out[o + 1] = c[1]
      out[o + 2] = c[2]
      out[o + 3] = 255
    }
  }
  return out
}

/** Palette indices → PNG bytes, upscaled by `scale`. */
export function renderPng(indices: Uint8Array, pal: readonly Rgb[], scale = 8): Uint8Array {
  return encodePng(renderRgba(indices, pal, scale), ART_SIZE * scale, ART_SIZE * scale)
}
