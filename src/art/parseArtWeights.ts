import { ART_HIDDEN, ART_WAVES, WEIGHT_MAX, WEIGHT_MIN } from "./constants"
import { modelCommitment } from "./commitment"
import type { ArtWeights } from "./weights"

export type ParseArtWeightsReturnType = { ok: true; weights: ArtWeights; commitment: bigint } | { ok: false; problems: string[] }

const KEYS = ["wr", "wc", "br", "bc", "rho", "beta"] as const

/**
 * Reads a developer's weights file for the registered architecture (mamori-art-v1) and lists every problem,
 * one sentence each (a wrong shape, a value out of bounds, an unknown key), instead of stopping at the first.
 * The commitment is computed locally: the same Poseidon hash the circuit checks and the registry stores.
 * @example parseArtWeights('{"wr":[[1,2,3,4],…],"wc":…,"br":[…],"bc":[…],"rho":2,"beta":-3}')
 * @param text The file's text (JSON).
 * @returns The weights and their commitment, or the problems.
 */
export function parseArtWeights(text: string): ParseArtWeightsReturnType {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { ok: false, problems: [`The file is not JSON: ${(error as Error).message}`] }
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return { ok: false, problems: ["The file must hold one JSON object with the keys wr, wc, br, bc, rho and beta."] }
  const o = data as Record<string, unknown>
  const problems: string[] = []
  for (const key of Object.keys(o)) if (!(KEYS as readonly string[]).includes(key)) problems.push(`Unknown key "${key}": this architecture has only wr, wc, br, bc, rho and beta.`)
  const int = (path: string, v: unknown) => {
    if (typeof v !== "number" || !Number.isInteger(v)) problems.push(`${path} must be an integer; it is ${JSON.stringify(v) ?? "missing"}.`)
    else if (v < WEIGHT_MIN || v > WEIGHT_MAX) problems.push(`${path} = ${v} is out of bounds: every weight is in [${WEIGHT_MIN}, ${WEIGHT_MAX}].`)
  }
  for (const key of ["wr", "wc"] as const) {
    const m = o[key]
    if (!Array.isArray(m) || m.length !== ART_HIDDEN || m.some((row) => !Array.isArray(row) || row.length !== ART_WAVES)) {
      problems.push(`${key} must be a ${ART_HIDDEN}×${ART_WAVES} matrix (${ART_HIDDEN} arrays of ${ART_WAVES} integers).`)
      continue
    }
    m.forEach((row: unknown[], j) => row.forEach((v, k) => int(`${key}[${j}][${k}]`, v)))
  }
  for (const key of ["br", "bc"] as const) {
    const v = o[key]
    if (!Array.isArray(v) || v.length !== ART_HIDDEN) {
      problems.push(`${key} must be an array of ${ART_HIDDEN} integers.`)
      continue
    }
    v.forEach((x, j) => int(`${key}[${j}]`, x))
  }
  for (const key of ["rho", "beta"] as const) int(key, o[key])
  if (problems.length) return { ok: false, problems }
  const weights = { wr: o.wr, wc: o.wc, br: o.br, bc: o.bc, rho: o.rho, beta: o.beta } as ArtWeights
  return { ok: true, weights, commitment: modelCommitment(weights) }
}
