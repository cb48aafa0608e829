/**
 * Property: on ≥ 200 random prompts (and some random custom weights) the three implementations agree bit
 * for bit — the TypeScript reference, the ONNX graph on onnxruntime-web (wasm) and the circuit's witness.
 */
import fc from "fast-check"
import { createRequire } from "node:module"
import { dirname } from "node:path"
import { pathToFileURL } from "node:url"
import { beforeAll, describe, expect, it } from "vitest"
import { generateArt } from "../../src/art/generate"
import { buildArtOnnx } from "../../src/art/onnx/buildArtOnnx"
import { configureOrtForNode } from "../../src/art/onnx/nodeOrt"
import { createArtPreviewSession, runPreview, type ArtPreviewSession } from "../../src/art/onnx/runPreview"
import type { ArtWeights } from "../../src/art/weights"
import { artCircuitInput } from "../../src/zk/artCircuitInput"
import { unpackPixels } from "../../src/zk/unpackPixels"
import { computeWitness } from "./helpers"

let preview: ArtPreviewSession

beforeAll(async () => {
  const dist = dirname(createRequire(import.meta.url).resolve("onnxruntime-web")).replace(/\/dist.*$/, "/dist/")
  configureOrtForNode(pathToFileURL(dist).href)
  preview = await createArtPreviewSession(buildArtOnnx())
})

const weight = fc.integer({ min: -16, max: 15 })
const row = fc.tuple(weight, weight, weight, weight).map((t) => [...t])
const weightsArb: fc.Arbitrary<ArtWeights> = fc.record({
  wr: fc.tuple(row, row, row, row).map((t) => [...t]),
  wc: fc.tuple(row, row, row, row).map((t) => [...t]),
  br: row,
  bc: row,
  rho: weight,
  beta: weight
})

async function threeWay(prompt: string, weights?: ArtWeights): Promise<void> {
  const reference = generateArt(prompt, weights)
  const onnx = await runPreview(preview, prompt, weights)
  const { input } = artCircuitInput(prompt, weights)
  const { signals } = await computeWitness(input)
  const proven = unpackPixels(signals.slice(3, 12))
  expect(onnx, prompt).toEqual(reference)
  expect(proven, prompt).toEqual(reference)
}

describe("reference == ONNX == circuit witness", () => {
  it("agrees on 200 random prompts (default weights)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 60 }), (p) => threeWay(p)),
      {
        numRuns: 200,
        seed: 20261124
      }
    )
  })

  it("agrees on 20 random prompts with random custom weights", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 30 }), weightsArb, (p, w) => threeWay(p, w)),
      { numRuns: 20, seed: 7007 }
    )
  })
})
