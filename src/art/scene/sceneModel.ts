import { poseidon16 } from "poseidon-lite"
import { BN254_R } from "../../limits"
import { ArtInputError } from "../errors"
import { slotConcepts } from "./tokenize"
import {
  CONCEPT_COUNT,
  CONCEPTS,
  CONTINUOUS_DIMS,
  CONTINUOUS_MAX,
  DEFAULT_BIAS,
  DIMS,
  type Dim,
  EMBED_COLUMNS,
  EMBED_DIMS,
  LANES_PER_COLUMN,
  SCENE_SLOTS,
  SLOTS_PER_ELEMENT
} from "./vocabulary"

/**
 * The scene model (`mamori-scene-v1`), the reference the ONNX preview and circuits/src/scene.circom match:
 *
 *   counts c_k   = how many of the prompt's slots belong to concept k (c_0: slots outside the vocabulary)
 *   S_col        = bias_col + Σ_k c_k · row_k,col          (packed: 18 lanes of 14 bits per column)
 *   h_d          = lane_d(S) − 8 · (C + 1)                 (C = number of slots; entries are stored + 8)
 *   param_d      = clamp(h_d, 0, max_d)  for the 8 continuous dims, [h_d ≥ 1] for the 20 flags
 *   scene        = Σ_d param_d · 2^(3d) (d < 8) + Σ_f flag_f · 2^(24 + f)
 */

/** Each embedding entry and bias is an integer in [ENTRY_MIN, ENTRY_MAX], stored in a lane as entry + 8. */
export const ENTRY_MIN = -8
export const ENTRY_MAX = 7
export const LANE_BITS = 14
/** Domain tag of the commitment: "mamori-scene-v1" read as a big-endian integer. */
export const SCENE_ARCH_TAG = 0x6d616d6f72692d7363656e652d7631n
/** Bits of the packed scene (public output). */
export const SCENE_BITS = 3 * CONTINUOUS_DIMS + (DIMS.length - CONTINUOUS_DIMS)

export type SceneWeights = { rows: number[][]; bias: number[] }

/** The default weights: each concept's row from the vocabulary and the default bias. */
export function defaultSceneWeights(): SceneWeights {
  const toRow = (partial: Partial<Record<Dim, number>>) => {
    const row = new Array<number>(EMBED_DIMS).fill(0)
    for (const [dim, v] of Object.entries(partial)) row[DIMS.indexOf(dim as Dim)] = v
    return row
  }
  return { rows: CONCEPTS.map((c) => toRow(c.row)), bias: toRow(DEFAULT_BIAS) }
}

/** Throws an ArtInputError unless the weights have the architecture's shape and range. */
export function checkSceneWeights(w: SceneWeights): void {
  const okRow = (r: unknown) => Array.isArray(r) && r.length === EMBED_DIMS && r.every((v) => Number.isInteger(v) && v >= ENTRY_MIN && v <= ENTRY_MAX)
  if (!w || !Array.isArray(w.rows) || w.rows.length !== CONCEPT_COUNT || !w.rows.every(okRow) || !okRow(w.bias)) {
    throw new ArtInputError(`Scene weights need ${CONCEPT_COUNT} rows and a bias of ${EMBED_DIMS} integers in [${ENTRY_MIN}, ${ENTRY_MAX}].`)
  }
}

/** One row packed per column: lane l of column c holds entry 18c + l, plus 8. */
export function packRow(row: readonly number[]): bigint[] {
  const out: bigint[] = []
  for (let c = 0; c < EMBED_COLUMNS; c++) {
    let acc = 0n
    for (let l = LANES_PER_COLUMN - 1; l >= 0; l--) acc = (acc << BigInt(LANE_BITS)) | BigInt(row[c * LANES_PER_COLUMN + l]! - ENTRY_MIN)
    out.push(acc)
  }
  return out
}

/** The circuit's private weight inputs: packed rows [k][col] and packed bias [col]. */
export function packSceneWeights(w: SceneWeights): { rows: bigint[][]; bias: bigint[] } {
  checkSceneWeights(w)
  return { rows: w.rows.map(packRow), bias: packRow(w.bias) }
}

/** The commitment elements in hashing order: rows (each column), then the bias columns. */
function commitmentElements(w: SceneWeights): bigint[] {
  const p = packSceneWeights(w)
  return [...p.rows.flat(), ...p.bias]
}
/** Poseidon calls of the commitment chain (15 new elements per call, zero-padded). */
export const COMMITMENT_CALLS = Math.ceil((CONCEPT_COUNT * EMBED_COLUMNS + EMBED_COLUMNS) / 15)

/**
 * The model commitment: h_0 = TAG; h_{i+1} = Poseidon16(h_i, e_{15i}, …, e_{15i+14}) over the packed rows and
 * bias (zero-padded), circomlib's Poseidon with 16 inputs; the commitment is the last h.
 */
export function sceneModelCommitment(w: SceneWeights): bigint {
  const e = commitmentElements(w)
  let h = SCENE_ARCH_TAG
  for (let i = 0; i < COMMITMENT_CALLS; i++) {
    const chunk = Array.from({ length: 15 }, (_, j) => e[15 * i + j] ?? 0n)
    h = poseidon16([h, ...chunk])
  }
  return h
}

/** Concept counts of a slot bitmap; counts[0] counts the slots outside the vocabulary. */
export function conceptCounts(bitmap: readonly bigint[]): number[] {
  const map = slotConcepts()
  const counts = new Array<number>(CONCEPT_COUNT).fill(0)
  for (let s = 0; s < SCENE_SLOTS; s++) {
    if ((bitmap[Math.floor(s / SLOTS_PER_ELEMENT)]! >> BigInt(s % SLOTS_PER_ELEMENT)) & 1n) counts[map[s]!]! += 1
  }
  return counts
}

export type Scene = {
  /** The 8 continuous params then the 20 flags, in DIMS order. */
  params: number[]
  /** The packed public output. */
  packed: bigint
  /** Pre-activation values h_d (all 36 lanes), for tests. */
  hidden: number[]
}

/** Runs the model on a slot bitmap (see slotBitmap). */
export function sceneOf(bitmap: readonly bigint[], weights: SceneWeights): Scene {
  const p = packSceneWeights(weights)
  const counts = conceptCounts(bitmap)
  const total = counts.reduce((a, b) => a + b, 0)
  const hidden: number[] = []
  for (let c = 0; c < EMBED_COLUMNS; c++) {
    let sum = p.bias[c]!
    for (let k = 0; k < CONCEPT_COUNT; k++) sum += BigInt(counts[k]!) * p.rows[k]![c]!
    // The circuit decomposes the sum in 252 bits; with entries in range it stays far below.
    if (sum >= 1n << BigInt(LANE_BITS * LANES_PER_COLUMN) || sum >= BN254_R) throw new ArtInputError("Scene sum overflow.")
    for (let l = 0; l < LANES_PER_COLUMN; l++) {
      const lane = Number((sum >> BigInt(LANE_BITS * l)) & ((1n << BigInt(LANE_BITS)) - 1n))
      hidden.push(lane + ENTRY_MIN * (total + 1))
    }
  }
  const params = DIMS.map((_, d) => (d < CONTINUOUS_DIMS ? Math.min(Math.max(hidden[d]!, 0), CONTINUOUS_MAX[d]!) : hidden[d]! >= 1 ? 1 : 0))
  return { params, packed: packScene(params), hidden }
}

/** Packs params into the public scene word. */
export function packScene(params: readonly number[]): bigint {
  let packed = 0n
  params.forEach((v, d) => {
    const shift = d < CONTINUOUS_DIMS ? 3 * d : 3 * CONTINUOUS_DIMS + (d - CONTINUOUS_DIMS)
    packed |= BigInt(v) << BigInt(shift)
  })
  return packed
}

/** Unpacks the public scene word (as the on-chain renderer does). */
export function unpackScene(packed: bigint): number[] {
  return DIMS.map((_, d) => (d < CONTINUOUS_DIMS ? Number((packed >> BigInt(3 * d)) & 7n) : Number((packed >> BigInt(3 * CONTINUOUS_DIMS + d - CONTINUOUS_DIMS)) & 1n)))
}
