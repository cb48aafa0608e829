import { describe, expect, it } from "vitest"
import { modelCommitment, packWeights } from "./commitment"
import { generateArt } from "./generate"
import { BN254_R, promptField, promptTokenId } from "./promptField"
import { promptSeeds } from "./seeds"
import { defaultWeights, flattenWeights } from "./weights"

describe("art model reference", () => {
  it("is deterministic, uses all four colours and differs across prompts", () => {
    const a = generateArt("a quiet harbour at dawn")
    expect(generateArt("a quiet harbour at dawn")).toEqual(a)
    expect(a.length).toBe(1024)
    expect(new Set(a).size).toBe(4)
    const b = generateArt("a quiet harbour at dusk")
    const diff = a.reduce((n, v, i) => n + (v !== b[i] ? 1 : 0), 0)
    expect(diff).toBeGreaterThan(200)
  })

  it("reads seeds from the documented bits", () => {
    const s = promptSeeds((5n << 2n) | 2n | (3n << 8n) | (1n << 31n) | (31n << 69n) | (63n << 74n))
    expect(s.freq[0]![0]).toBe(3)
    expect(s.phase[0]![0]).toBe(5)
    expect(s.freq[0]![1]).toBe(4)
    expect(s.phase[0]![3]).toBe(32)
    expect(s.centre).toEqual([0, 31])
    expect(s.shift).toBe(63)
    expect(() => promptSeeds(BN254_R)).toThrow()
  })

  it("reduces the prompt hash into the field; tokenId is not reduced", () => {
    expect(promptTokenId("hello world")).toBe(0x47173285a8d7341e5e972fc677286384f802f8ef42a5ec5f03bbfa254cb01fadn)
    expect(promptField("hello world")).toBe(promptTokenId("hello world") % BN254_R)
  })

  it("validates weights with clear errors", () => {
    expect(() => generateArt("x", { ...defaultWeights, rho: 16 })).toThrow(/rho must be an integer in \[-16, 15\]/)
    expect(() => generateArt("x", { ...defaultWeights, br: [1, 2, 3] })).toThrow(/4 entries/)
    expect(() =>
      generateArt("x", {
        ...defaultWeights,
        wr: [
          [1.5, 0, 0, 0],
          [0, 0, 0, 0],
          [0, 0, 0, 0],
          [0, 0, 0, 0]
        ]
      })
    ).toThrow()
  })

  it("commits to the packed weights with Poseidon (circomlib-compatible, pinned)", () => {
    const flat = flattenWeights(defaultWeights)
    expect(flat.length).toBe(42)
    const packed = packWeights(flat)
    expect(packed & 31n).toBe(BigInt(flat[0]! + 16))
    expect(packed >> 205n).toBe(BigInt(flat[41]! + 16))
    const c = modelCommitment(defaultWeights)
    expect(modelCommitment({ ...defaultWeights, beta: defaultWeights.beta + 1 })).not.toBe(c)
    expect(c < BN254_R).toBe(true)
  })
})
