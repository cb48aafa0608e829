import { ART_HIDDEN, ART_PIXELS, ART_SIZE, ART_WAVES, BAND_SHIFT, BAYER4, DITHER_STEP, PIXEL_BITS, PIXEL_OFFSET, SHIFT_STEP } from "./constants"
import { ArtInputError } from "./errors"
import { promptField } from "./promptField"
import { promptSeeds, type ArtSeeds } from "./seeds"
import { defaultWeights, flattenWeights, type ArtWeights } from "./weights"

/** Triangle wave of t mod 64 folded at 32, centred: [-31, 31]. */
function wave(t: number): number {
  const m = t % 64
  const tri = m < 32 ? m : 63 - m
  return 2 * tri - 31
}

/** Per-axis hidden features g[j][u] = floor((Σ_k w[j][k]·wave_k(u) + 4·b[j]) / 64), in [-32, 31]. */
function axisFeatures(seeds: ArtSeeds, axis: number, w: number[], b: number[]): number[][] {
  const g: number[][] = []
  for (let j = 0; j < ART_HIDDEN; j++) {
    g.push([])
    for (let u = 0; u < ART_SIZE; u++) {
      let h = 4 * b[j]!
      for (let k = 0; k < ART_WAVES; k++) h += w[j * ART_WAVES + k]! * wave(seeds.freq[axis]![k]! * u + seeds.phase[axis]![k]!)
      g[j]!.push(Math.floor(h / 64))
    }
  }
  return g
}

/** Radial term along one axis: rho·floor((u - c)² / 8). */
function radial(c: number, rho: number): number[] {
  return Array.from({ length: ART_SIZE }, (_, u) => rho * Math.floor(((u - c) * (u - c)) / 8))
}

/**
 * The art model from seeds and flat weights (circuit order). Exact integer arithmetic; every value stays
 * far below 2^31, so the ONNX graph can run it in int32.
 */
export function generateFromSeeds(seeds: ArtSeeds, flat: number[]): Uint8Array {
  const gr = axisFeatures(seeds, 0, flat.slice(0, 16), flat.slice(32, 36))
  const gc = axisFeatures(seeds, 1, flat.slice(16, 32), flat.slice(36, 40))
  const ry = radial(seeds.centre[0]!, flat[40]!)
  const rx = radial(seeds.centre[1]!, flat[40]!)
  const constant = PIXEL_OFFSET + 64 * flat[41]! + SHIFT_STEP * seeds.shift
  const out = new Uint8Array(ART_PIXELS)
  for (let y = 0; y < ART_SIZE; y++) {
    for (let x = 0; x < ART_SIZE; x++) {
      let v = constant + ry[y]! + rx[x]! + DITHER_STEP * BAYER4[y % 4]![x % 4]!
      for (let j = 0; j < ART_HIDDEN; j++) v += gr[j]![y]! * gc[j]![x]!
      // The circuit range-checks v in 15 bits; by the bounds in art.circom this cannot fail.
      if (v < 0 || v >= 2 ** PIXEL_BITS) throw new ArtInputError("Internal: pixel value out of range.")
      const band = (v >> BAND_SHIFT) & 7
      const raw = band & 3
      out[y * ART_SIZE + x] = band & 4 ? 3 - raw : raw
    }
  }
  return out
}

/**
 * The reference implementation: prompt (+ weights) → 1024 palette indices (0..3), row-major.
 * @example generateArt("a quiet harbour at dawn")
 */
export function generateArt(prompt: string, weights: ArtWeights = defaultWeights): Uint8Array {
  if (typeof prompt !== "string") throw new ArtInputError("The prompt must be a string.")
  return generateFromSeeds(promptSeeds(promptField(prompt)), flattenWeights(weights))
}
