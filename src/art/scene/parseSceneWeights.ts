import { ENTRY_MAX, ENTRY_MIN, type SceneWeights, sceneModelCommitment } from "./sceneModel"
import { CONCEPT_COUNT, CONCEPTS, DIMS, EMBED_DIMS } from "./vocabulary"

export type ParseSceneWeightsReturnType = { ok: true; weights: SceneWeights; commitment: bigint } | { ok: false; problems: string[] }

/** Past this many bad entries the rest are counted, not listed (a wholly wrong file would list thousands). */
const MAX_ENTRY_PROBLEMS = 12

/**
 * Reads a developer's weights file for the scene architecture (mamori-scene-v1): `{"rows": [...], "bias": [...]}`,
 * one row of EMBED_DIMS integers per vocabulary concept and a bias row, each entry in [ENTRY_MIN, ENTRY_MAX].
 * Lists every problem, one sentence each, instead of stopping at the first; the commitment is computed here (the
 * Poseidon chain the scene circuit checks and the registry stores).
 * @example parseSceneWeights(JSON.stringify(defaultSceneWeights()))
 */
export function parseSceneWeights(text: string): ParseSceneWeightsReturnType {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { ok: false, problems: [`The file is not JSON: ${(error as Error).message}`] }
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { ok: false, problems: ["The file must hold one JSON object with the keys rows and bias."] }
  const o = data as Record<string, unknown>
  const problems: string[] = []
  for (const key of Object.keys(o)) if (key !== "rows" && key !== "bias") problems.push(`Unknown key "${key}": the scene architecture has only rows and bias.`)
  let bad = 0
  const entries = (path: string, row: unknown) => {
    if (!Array.isArray(row) || row.length !== EMBED_DIMS) {
      problems.push(`${path} must be an array of ${EMBED_DIMS} integers (one per scene dimension: ${DIMS.slice(0, 3).join(", ")}, …).`)
      return
    }
    row.forEach((v, d) => {
      const where = `${path}[${d}] (${DIMS[d] ?? `lane ${d}`})`
      let problem: string | null = null
      if (typeof v !== "number" || !Number.isInteger(v)) problem = `${where} must be an integer; it is ${JSON.stringify(v) ?? "missing"}.`
      else if (v < ENTRY_MIN || v > ENTRY_MAX) problem = `${where} = ${v} is out of bounds: every entry is in [${ENTRY_MIN}, ${ENTRY_MAX}].`
      if (problem && ++bad <= MAX_ENTRY_PROBLEMS) problems.push(problem)
    })
  }
  const rows = o.rows
  if (!Array.isArray(rows) || rows.length !== CONCEPT_COUNT)
    problems.push(
      `rows must be an array of ${CONCEPT_COUNT} rows, one per vocabulary concept (${CONCEPTS.slice(0, 4)
        .map((c) => c.name)
        .join(", ")}, …); it has ${Array.isArray(rows) ? rows.length : "none"}.`
    )
  else rows.forEach((row, k) => entries(`rows[${k}] (concept "${CONCEPTS[k]!.name}")`, row))
  entries("bias", o.bias)
  if (bad > MAX_ENTRY_PROBLEMS) problems.push(`…and ${bad - MAX_ENTRY_PROBLEMS} more entries out of bounds or not integers.`)
  if (problems.length) return { ok: false, problems }
  const weights: SceneWeights = { rows: (rows as number[][]).map((r) => [...r]), bias: [...(o.bias as number[])] }
  return { ok: true, weights, commitment: sceneModelCommitment(weights) }
}
