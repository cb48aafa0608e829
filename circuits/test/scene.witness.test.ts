/**
 * Forged witnesses against circuits/src/scene.circom, checked on the R1CS itself (a witness-time assert is
 * not a constraint). The circuit has no division; its range checks are the slot-bitmap and lane
 * decompositions (Num2Bits) and the comparators of the activations (LessThan → Num2Bits(17)); its lookups are
 * the slot → concept counts and the count × weight-row products.
 */
import { beforeAll, describe, expect, it } from "vitest"
import { DIMS } from "../../src/art/scene/vocabulary"
import { sceneCircuitInput } from "../../src/zk/sceneCircuitInput"
import { BN254_R } from "../../src/art/promptField"
import { SCENE, computeWitnessOf, loadR1cs, wiresOf } from "./helpers"

type R1cs = Awaited<ReturnType<typeof loadR1cs>>
let r1cs: R1cs
let wires: Map<string, number>
const wire = (name: string) => {
  const w = wires.get(`main.${name}`)
  if (w === undefined) throw new Error(`no wire main.${name}`)
  return w
}
const mod = (v: bigint) => ((v % BN254_R) + BN254_R) % BN254_R

async function witness(prompt: string): Promise<bigint[]> {
  return (await computeWitnessOf(SCENE, sceneCircuitInput(prompt).input)).signals
}

beforeAll(async () => {
  r1cs = await loadR1cs(SCENE.r1cs)
  wires = wiresOf(SCENE)
}, 120_000)

describe("scene circuit: forged witnesses fail", () => {
  it("the honest witness satisfies the R1CS", async () => {
    expect(r1cs.satisfied(await witness("a lighthouse in a storm at midnight"))).toBe(true)
  })

  it("no signal can be changed alone: every wire, +1 and −1, breaks a constraint", { timeout: 300_000 }, async () => {
    const w = await witness("red boat on the sea at dawn, gulls and zebra")
    const loose: string[] = []
    const names = new Map([...wires].map(([n, i]) => [i, n]))
    for (let i = 1; i < r1cs.nWires; i++) {
      for (const delta of [1n, -1n]) {
        const forged = w.slice()
        forged[i] = mod(w[i]! + delta)
        if (r1cs.check(forged, r1cs.constraintsOf(i))) loose.push(names.get(i) ?? `wire ${i}`)
      }
    }
    expect(loose).toEqual([])
  })

  it("a slot bit cannot alias (bit 2 in place of a carried 1): public bitmap decomposition", async () => {
    const w = await witness("sea moon night")
    const forged = w.slice()
    // Find i with bit i+1 = 1, bit i = 0 in element 0..3 and move the weight down: same sum, non-boolean bit.
    let done = false
    for (let e = 0; e < 4 && !done; e++)
      for (let i = 0; i < 249 && !done; i++) {
        const lo = wires.get(`main.sb[${e}].out[${i}]`)
        const hi = wires.get(`main.sb[${e}].out[${i + 1}]`)
        if (lo === undefined || hi === undefined || w[hi] !== 1n || w[lo] !== 0n) continue
        forged[hi] = 0n
        forged[lo] = 2n
        done = true
      }
    expect(done).toBe(true)
    expect(r1cs.satisfied(forged)).toBe(false)
  })

  // --O2 substitutes some bits by linear expressions of other wires (e.g. a lane's top bit, a comparator's
  // bit 16 by its output), so the forgeries below move the wires that remain and let the substituted ones follow.

  it("a lane of the embedding sum cannot borrow from its neighbour (lane decomposition range check)", async () => {
    const w = await witness("a lighthouse in a storm")
    // Lane 0 += 2^14 and lane 1 −= 1: the same column sum, but lane 0 no longer fits its 14 bits.
    const forged = w.slice()
    forged[wire("lane[0][0]")] = mod(w[wire("lane[0][0]")]! + (1n << 14n))
    forged[wire("lane[0][1]")] = mod(w[wire("lane[0][1]")]! - 1n)
    expect(r1cs.satisfied(forged)).toBe(false)
  })

  it("a clamp cannot pass a negative value through (comparator output flipped, param = h)", async () => {
    const prompt = "midnight over the sea"
    const w = await witness(prompt)
    const d = DIMS.indexOf("light")
    const h = sceneCircuitInput(prompt).scene.hidden[d]!
    expect(h).toBeLessThan(0)
    expect(w[wire(`param[${d}]`)]).toBe(0n)
    // below.out = 0 (so its bit 16 reads 1), bit 0 absorbing −2^16, param = kept = h.
    const forged = w.slice()
    forged[wire(`below[${d}].out`)] = 0n
    forged[wire(`below[${d}].n2b.out[0]`)] = mod(w[wire(`below[${d}].n2b.out[0]`)]! - (1n << 16n))
    forged[wire(`kept[${d}]`)] = mod(BigInt(h))
    forged[wire(`param[${d}]`)] = mod(BigInt(h))
    forged[wire("scene")] = mod(w[wire("scene")]! + BigInt(h) * (1n << BigInt(3 * d)))
    expect(r1cs.satisfied(forged)).toBe(false)
  })

  it("a flag cannot be switched on for an absent element, even with the scene word to match", async () => {
    const w = await witness("plains at noon")
    const d = DIMS.indexOf("moon")
    expect(w[wire(`param[${d}]`)]).toBe(0n)
    const forged = w.slice()
    forged[wire(`param[${d}]`)] = 1n
    forged[wire(`below[${d}].n2b.out[0]`)] = mod(w[wire(`below[${d}].n2b.out[0]`)]! - (1n << 16n))
    forged[wire("scene")] = mod(w[wire("scene")]! + (1n << BigInt(24 + d - 8)))
    expect(r1cs.satisfied(forged)).toBe(false)
  })

  it("a concept count (the vocabulary lookup) or a weight product cannot be changed with the sum", async () => {
    const w = await witness("sea sea lighthouse")
    const forged = w.slice()
    // One more "sea" and the products and lane bits recomputed as if: the count is tied to the public bits.
    const k = Number([...wires.keys()].find((n) => n.startsWith("main.counts["))?.match(/\d+/)?.[0] ?? 1)
    forged[wire(`counts[${k}]`)] = mod(w[wire(`counts[${k}]`)]! + 1n)
    forged[wire(`prod[${k}][0]`)] = mod(w[wire(`prod[${k}][0]`)]! + w[wire(`rows[${k}][0]`)]!)
    expect(r1cs.satisfied(forged)).toBe(false)
  })

  it("other weights than the committed ones fail the commitment", async () => {
    const { input } = sceneCircuitInput("moon")
    const rows = input.rows.map((r, k) => (k === 3 ? [String(BigInt(r[0]!) + 1n), r[1]!] : r))
    await expect(computeWitnessOf(SCENE, { ...input, rows })).rejects.toThrow()
  })
})
