import { ART_HIDDEN, ART_WAVES, WEIGHT_COUNT, WEIGHT_MAX, WEIGHT_MIN } from "./constants"
import { ArtInputError } from "./errors"
import defaultJson from "./weights/default.json"

/** Weights of the art model v1. All entries are integers in [-16, 15]. */
export type ArtWeights = {
  /** Row-axis layer: wr[j][k] multiplies wave k of the row features into hidden unit j. */
  wr: number[][]
  /** Column-axis layer, same shape. */
  wc: number[][]
  /** Row and column hidden biases (added as 4·b before the /64 rescale). */
  br: number[]
  bc: number[]
  /** Strength of the radial term rho·floor(d²/8) on each axis. */
  rho: number
  /** Global offset, added as 64·beta. */
  beta: number
}

/** The shipped default weights (src/art/weights/default.json). */
export const defaultWeights: ArtWeights = defaultJson as ArtWeights

function checkInt(name: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < WEIGHT_MIN || v > WEIGHT_MAX)
    throw new ArtInputError(`Weight ${name} must be an integer in [${WEIGHT_MIN}, ${WEIGHT_MAX}].`, `got ${String(v)}`)
  return v
}

function checkMatrix(name: string, m: unknown): number[] {
  if (!Array.isArray(m) || m.length !== ART_HIDDEN) throw new ArtInputError(`Weights ${name} must be a ${ART_HIDDEN}×${ART_WAVES} matrix.`)
  return m.flatMap((row: unknown, j) => {
    if (!Array.isArray(row) || row.length !== ART_WAVES) throw new ArtInputError(`Weights ${name} must be a ${ART_HIDDEN}×${ART_WAVES} matrix.`)
    return row.map((v, k) => checkInt(`${name}[${j}][${k}]`, v))
  })
}

function checkVector(name: string, v: unknown): number[] {
  if (!Array.isArray(v) || v.length !== ART_HIDDEN) throw new ArtInputError(`Weights ${name} must have ${ART_HIDDEN} entries.`)
  return v.map((x, j) => checkInt(`${name}[${j}]`, x))
}

/**
 * Validates weights and flattens them in circuit order: wr (row-major), wc, br, bc, rho, beta (42 ints).
 * @throws ArtInputError when a shape or a bound is wrong.
 */
export function flattenWeights(weights: ArtWeights): number[] {
  if (typeof weights !== "object" || weights === null) throw new ArtInputError("Weights must be an object.")
  const flat = [
    ...checkMatrix("wr", weights.wr),
    ...checkMatrix("wc", weights.wc),
    ...checkVector("br", weights.br),
    ...checkVector("bc", weights.bc),
    checkInt("rho", weights.rho),
    checkInt("beta", weights.beta)
  ]
  if (flat.length !== WEIGHT_COUNT) throw new ArtInputError("Internal: wrong weight count.")
  return flat
}
