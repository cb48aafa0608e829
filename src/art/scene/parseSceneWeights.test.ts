import { describe, expect, it } from "vitest"
import { parseSceneWeights } from "./parseSceneWeights"
import { defaultSceneWeights, sceneModelCommitment } from "./sceneModel"
import { CONCEPT_COUNT, EMBED_DIMS } from "./vocabulary"

describe("parseSceneWeights", () => {
  it("accepts the default weights and computes their commitment", () => {
    const r = parseSceneWeights(JSON.stringify(defaultSceneWeights()))
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.commitment).toBe(sceneModelCommitment(defaultSceneWeights()))
  })

  it("lists every problem, one sentence each", () => {
    const w = defaultSceneWeights()
    w.rows[6]![0] = 9
    w.rows[2]![1] = 1.5
    const bad = { rows: w.rows, bias: w.bias.slice(1), extra: 1 }
    const r = parseSceneWeights(JSON.stringify(bad))
    expect(r).toEqual({
      ok: false,
      problems: [
        'Unknown key "extra": the scene architecture has only rows and bias.',
        'rows[2] (concept "dawn")[1] (warmth) must be an integer; it is 1.5.',
        'rows[6] (concept "night")[0] (light) = 9 is out of bounds: every entry is in [-8, 7].',
        `bias must be an array of ${EMBED_DIMS} integers (one per scene dimension: light, warmth, fog, …).`
      ]
    })
  })

  it("says how many rows it needs, and caps a flood of bad entries", () => {
    const r = parseSceneWeights(JSON.stringify({ rows: [[0]], bias: new Array(EMBED_DIMS).fill(0) }))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems).toEqual([expect.stringContaining(`rows must be an array of ${CONCEPT_COUNT} rows`)])
    const flood = parseSceneWeights(JSON.stringify({ rows: defaultSceneWeights().rows, bias: new Array(EMBED_DIMS).fill(99) }))
    expect(flood.ok).toBe(false)
    if (!flood.ok) {
      expect(flood.problems).toHaveLength(13)
      expect(flood.problems.at(-1)).toBe(`…and ${EMBED_DIMS - 12} more entries out of bounds or not integers.`)
    }
    expect(parseSceneWeights("{")).toMatchObject({ ok: false, problems: [expect.stringMatching(/^The file is not JSON/)] })
  })
})
