/**
 * Real Groth16 proofs with the committed proving key: a proof verifies, tampering with one pixel, the
 * prompt or the commitment fails, custom weights reuse the same key, and the Solidity calldata matches
 * snarkjs's own export.
 */
import { readFileSync } from "node:fs"
import * as snarkjs from "snarkjs"
import { describe, expect, it } from "vitest"
import { modelCommitment } from "../../../src/art/commitment"
import { generateArt } from "../../../src/art/generate"
import { promptField } from "../../../src/art/promptField"
import type { ArtWeights } from "../../../src/art/weights"
import { artPublicSignals } from "../../../src/zk/artPublicSignals"
import { packPixels } from "../../../src/zk/packPixels"
import { proveArt } from "../../../src/zk/proveArt"
import { verifyArt } from "../../../src/zk/verifyArt"

const root = new URL("../../../", import.meta.url).pathname
const wasm = root + "assets/zk/art.wasm"
const zkey = root + "assets/zk/art_final.zkey"
const vkey = JSON.parse(readFileSync(root + "assets/zk/verification_key.json", "utf8")) as unknown

describe("proveArt / verifyArt", () => {
  it("proves the reference image; any tampering fails verification", async () => {
    const prompt = "a quiet harbour at dawn"
    const stages: string[] = []
    const r = await proveArt({ prompt, wasm, zkey, onProgress: (s) => stages.push(s) })
    expect(stages).toEqual(["reference", "witness+prove", "done"])
    // preview = proven bytes
    expect(r.pixels).toEqual(generateArt(prompt))
    expect(r.publicSignals).toEqual(artPublicSignals({ prompt, pixels: r.pixels }))
    expect(await verifyArt(vkey, r.publicSignals, r.proof)).toBe(true)

    // One pixel changed (pixel 500 sits in word 3 at position 500 - 378 = 122).
    const pixels = r.pixels.slice()
    pixels[500] = (pixels[500]! + 1) % 4
    const tamperedPixel = [...r.publicSignals.slice(0, 2), ...packPixels(pixels).map(String)]
    expect(tamperedPixel[5]).not.toBe(r.publicSignals[5])
    expect(await verifyArt(vkey, tamperedPixel, r.proof)).toBe(false)

    const tamperedPrompt = [r.publicSignals[0]!, promptField(prompt + " ").toString(), ...r.publicSignals.slice(2)]
    expect(await verifyArt(vkey, tamperedPrompt, r.proof)).toBe(false)

    const tamperedCommitment = [(BigInt(r.publicSignals[0]!) + 1n).toString(), ...r.publicSignals.slice(1)]
    expect(await verifyArt(vkey, tamperedCommitment, r.proof)).toBe(false)

    expect(await verifyArt(vkey, r.publicSignals.slice(0, 10), r.proof)).toBe(false)

    // Calldata equals snarkjs's exportSolidityCallData.
    const exported = JSON.parse(`[${await snarkjs.groth16.exportSolidityCallData(r.proof, r.publicSignals)}]`) as unknown
    const big = (v: unknown): unknown => (Array.isArray(v) ? v.map(big) : BigInt(v as string))
    const { a, b, c, publicSignals } = r.calldata
    expect([a, b, c, publicSignals]).toEqual(big(exported))
  })

  it("custom weights of the same architecture reuse the same proving key", async () => {
    const weights: ArtWeights = {
      wr: [
        [-16, 15, 3, -2],
        [7, 0, -9, 11],
        [1, 2, 3, 4],
        [15, 15, -16, -16]
      ],
      wc: [
        [5, -5, 5, -5],
        [0, 12, -12, 0],
        [9, 9, 9, 9],
        [-1, -3, -7, -15]
      ],
      br: [15, -16, 0, 1],
      bc: [-4, 4, -8, 8],
      rho: -3,
      beta: 7
    }
    const prompt = "custom model"
    const r = await proveArt({ prompt, weights, wasm, zkey })
    expect(r.publicSignals[0]).toBe(modelCommitment(weights).toString())
    expect(r.pixels).toEqual(generateArt(prompt, weights))
    expect(await verifyArt(vkey, r.publicSignals, r.proof)).toBe(true)
  })
})
