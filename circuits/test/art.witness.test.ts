/**
 * Witness tests for circuits/src/art.circom: the compiled witness equals the TypeScript reference, and
 * inputs pass or fail at the boundaries. Forged witnesses are checked against the R1CS itself, because a
 * witness-time `assert` is not a constraint.
 */
import { describe, expect, it } from "vitest"
import { generateArt } from "../../src/art/generate"
import { promptField } from "../../src/art/promptField"
import type { ArtWeights } from "../../src/art/weights"
import { artCircuitInput } from "../../src/zk/artCircuitInput"
import { packPixels } from "../../src/zk/packPixels"
import { checkWitness, computeWitness, patchWitness, wireOf } from "./helpers"

const uniform = (v: number): ArtWeights => ({
  wr: [0, 1, 2, 3].map(() => [v, v, v, v]),
  wc: [0, 1, 2, 3].map(() => [v, v, v, v]),
  br: [v, v, v, v],
  bc: [v, v, v, v],
  rho: v,
  beta: v
})

/** Public signals of a witness: wires 1..11. */
const publicOf = (signals: bigint[]) => signals.slice(1, 12).map(String)

async function expectFail(input: Record<string, unknown>): Promise<void> {
  await expect(computeWitness(input)).rejects.toThrow()
}

describe("art circuit witness", () => {
  it("equals the reference and orders public signals [commitment, prompt, word0..8]", async () => {
    for (const prompt of ["hello world", "", "ünïcödé 🌸 prompt", "x".repeat(300)]) {
      const { input, pixels } = artCircuitInput(prompt)
      const w = await computeWitness(input)
      expect(publicOf(w.signals)).toEqual([input.modelCommitment, input.promptField, ...input.words])
      expect(publicOf(w.signals).slice(2)).toEqual(packPixels(generateArt(prompt)).map(String))
      expect(pixels).toEqual(generateArt(prompt))
      expect(await checkWitness(w.data)).toBe(true)
    }
  })

  it("passes at the weight bounds: all -16 and all 15", async () => {
    for (const v of [-16, 15]) {
      const { input } = artCircuitInput("bounds", uniform(v))
      expect(await checkWitness((await computeWitness(input)).data)).toBe(true)
    }
  })

  it("fails just outside the weight bounds (16 and -17)", async () => {
    const { input } = artCircuitInput("bounds", uniform(15))
    await expectFail({ ...input, weights: input.weights.map((w, i) => (i === 7 ? "16" : w)) })
    const low = artCircuitInput("bounds", uniform(-16)).input
    await expectFail({ ...low, weights: low.weights.map((w, i) => (i === 40 ? "-17" : w)) })
  })

  it("fails with a wrong pixel word, prompt or commitment", async () => {
    const { input } = artCircuitInput("tamper")
    await expectFail({ ...input, words: input.words.map((w, i) => (i === 3 ? (BigInt(w) ^ 1n).toString() : w)) })
    await expectFail({ ...input, promptField: promptField("tamper!").toString() })
    await expectFail({ ...input, modelCommitment: (BigInt(input.modelCommitment) + 1n).toString() })
    // Weights that differ from the committed ones (same image claimed) are refused too.
    await expectFail({ ...input, weights: input.weights.map((w, i) => (i === 0 ? String(Number(w) - 1) : w)) })
  })

  it("rejects forged witnesses at the R1CS level", async () => {
    const { input } = artCircuitInput("forgery")
    const honest = await computeWitness(input)
    expect(await checkWitness(honest.data)).toBe(true)

    // 1. Change a public word only.
    expect(await checkWitness(patchWitness(honest.data, 3, honest.signals[3]! ^ 1n))).toBe(false)

    // 2. Forged remainder: move pixel 0 into another band by flipping its quotient bit 6 and hiding the
    //    difference of ±64 in the remainder (bits 0..5). The pixel index and word are made consistent, so
    //    only the range check on the remainder can catch it.
    const b6 = wireOf("main.pixels[0].bits.out[6]")
    const b7 = wireOf("main.pixels[0].bits.out[7]")
    const b8 = wireOf("main.pixels[0].bits.out[8]")
    const idxWire = wireOf("main.pixels[0].idx")
    expect(Math.min(b6, b7, b8, idxWire)).toBeGreaterThan(0)
    const s = honest.signals
    const bit6 = 1n - s[b6]!
    const raw = bit6 + 2n * s[b7]!
    const idx = raw + s[b8]! * (3n - 2n * raw)
    let forged = patchWitness(honest.data, b6, bit6)
    forged = patchWitness(forged, idxWire, idx)
    forged = patchWitness(forged, 3, s[3]! - s[idxWire]! + idx)
    expect(idx).not.toBe(s[idxWire])
    expect(await checkWitness(forged)).toBe(false)

    // 3. Forged hidden-unit quotient: bump bit 6 of a row feature's 12-bit decomposition.
    const hb = wireOf("main.hidden[0][0][0].bits.out[6]")
    expect(hb).toBeGreaterThan(0)
    expect(await checkWitness(patchWitness(honest.data, hb, 1n - s[hb]!))).toBe(false)
  })
})
