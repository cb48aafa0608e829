import { describe, expect, it } from "vitest"
import { modelCommitment } from "./commitment"
import { parseArtWeights } from "./parseArtWeights"
import { defaultWeights } from "./weights"

describe("parseArtWeights", () => {
  it("accepts the default weights and computes the registry's commitment", () => {
    const r = parseArtWeights(JSON.stringify(defaultWeights))
    expect(r).toEqual({ ok: true, weights: defaultWeights, commitment: modelCommitment(defaultWeights) })
  })

  it("lists one clear problem per mistake: shape, bounds, types, unknown keys", () => {
    const bad = { ...JSON.parse(JSON.stringify(defaultWeights)), extra: 1 }
    bad.wr[1][2] = 16
    bad.wc = [[1, 2, 3]]
    bad.br[0] = 1.5
    bad.bc = "nope"
    bad.rho = -17
    delete bad.beta
    const r = parseArtWeights(JSON.stringify(bad))
    expect(r.ok).toBe(false)
    const problems = r.ok ? [] : r.problems
    expect(problems).toEqual([
      'Unknown key "extra": this architecture has only wr, wc, br, bc, rho and beta.',
      "wr[1][2] = 16 is out of bounds: every weight is in [-16, 15].",
      "wc must be a 4×4 matrix (4 arrays of 4 integers).",
      "br[0] must be an integer; it is 1.5.",
      "bc must be an array of 4 integers.",
      "rho = -17 is out of bounds: every weight is in [-16, 15].",
      "beta must be an integer; it is missing."
    ])
  })

  it("refuses text that is not a JSON object", () => {
    expect(parseArtWeights("{").ok).toBe(false)
    expect(parseArtWeights("[1,2]")).toEqual({ ok: false, problems: ["The file must hold one JSON object with the keys wr, wc, br, bc, rho and beta."] })
  })
})
