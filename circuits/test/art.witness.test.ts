/**
 * Witness tests for circuits/src/art.circom: the compiled witness equals the TypeScript reference, and
 * inputs pass or fail at the boundaries. Forged witnesses are checked against the R1CS itself, because a
 * witness-time `assert` is not a constraint.
 */
import { describe, expect, it } from "vitest"
import { generateArt, generateFromSeeds } from "../../src/art/generate"
import { BN254_R, promptField } from "../../src/art/promptField"
import { promptSeeds } from "../../src/art/seeds"
import { defaultWeights, flattenWeights, type ArtWeights } from "../../src/art/weights"
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

  it("rejects the prompt-alias forgery: bits of promptField + r for the public promptField (regression guard)", async () => {
    // promptField + r has the same value mod r, so Num2Bits' sum constraint accepts its bits; only the strict
    // decomposition (the alias check against r) stops a forger from claiming a second image for the prompt.
    const prompt = Array.from({ length: 64 }, (_, i) => `alias ${i}`).find((p) => promptField(p) + BN254_R < 2n ** 254n)!
    const x = promptField(prompt)
    const alias = x + BN254_R
    // The image the alias bits would give differs from the prompt's own image.
    const aliasPixels = generateFromSeeds(promptSeeds(alias % 2n ** 253n), flattenWeights(defaultWeights))
    expect(Array.from(aliasPixels)).not.toEqual(Array.from(generateArt(prompt)))
    // An honest witness for z = alias - 2^253 (a field element with the alias' low 253 bits: same seeds, same
    // alias image, every downstream wire consistent), then set bit 253 and claim the public promptField x.
    const z = alias - 2n ** 253n
    expect(z).toBeLessThan(BN254_R)
    const { input } = artCircuitInput(prompt)
    const honestForZ = await computeWitness({ ...input, promptField: z.toString(), words: packPixels(aliasPixels).map(String) })
    expect(await checkWitness(honestForZ.data)).toBe(true)
    const bit253 = wireOf("main.pbits.out[253]")
    expect(honestForZ.signals[bit253]).toBe(0n)
    let forged = patchWitness(honestForZ.data, 2, x)
    forged = patchWitness(forged, bit253, 1n)
    // The bits now spell z + 2^253 = x + r, which is x mod r (the wires kept in the .sym carry z's bits)...
    for (const i of [0, 1, 79, 200, 252]) {
      const wire = wireOf(`main.pbits.out[${i}]`)
      if (wire > 0) expect(honestForZ.signals[wire]).toBe((z >> BigInt(i)) & 1n)
    }
    expect((z + 2n ** 253n) % BN254_R).toBe(x)
    // ...and the R1CS still refuses the witness.
    expect(await checkWitness(forged)).toBe(false)
  })
})
