import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname } from "node:path"
import { pathToFileURL } from "node:url"
import { beforeAll, describe, expect, it } from "vitest"
import { generateArt } from "../generate"
import type { ArtWeights } from "../weights"
import { buildArtOnnx } from "./buildArtOnnx"
import { configureOrtForNode } from "./nodeOrt"
import { createArtPreviewSession, runPreview, type ArtPreviewSession } from "./runPreview"

const require = createRequire(import.meta.url)
let preview: ArtPreviewSession

/** Deterministic pseudo-random prompts and weights (xorshift), so failures reproduce. */
function rng(seed: number) {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 2 ** 32
  }
}

beforeAll(async () => {
  const dist = dirname(require.resolve("onnxruntime-web")).replace(/\/dist.*$/, "/dist/")
  configureOrtForNode(pathToFileURL(dist).href)
  preview = await createArtPreviewSession(buildArtOnnx())
})

describe("ONNX preview == TypeScript reference", () => {
  it("agrees on 250 random prompts with the default weights", async () => {
    const r = rng(7)
    for (let i = 0; i < 250; i++) {
      const len = 1 + Math.floor(r() * 40)
      const prompt = Array.from({ length: len }, () => String.fromCodePoint(32 + Math.floor(r() * 0x2f0))).join("")
      expect(await runPreview(preview, prompt), prompt).toEqual(generateArt(prompt))
    }
  })

  it("agrees with random custom and extreme weights", async () => {
    const r = rng(99)
    const pick = () => Math.floor(r() * 32) - 16
    for (let i = 0; i < 30; i++) {
      const extreme = i < 2 ? (i === 0 ? -16 : 15) : undefined
      const v = () => extreme ?? pick()
      const w: ArtWeights = {
        wr: [0, 1, 2, 3].map(() => [v(), v(), v(), v()]),
        wc: [0, 1, 2, 3].map(() => [v(), v(), v(), v()]),
        br: [v(), v(), v(), v()],
        bc: [v(), v(), v(), v()],
        rho: v(),
        beta: v()
      }
      expect(await runPreview(preview, `custom ${i}`, w)).toEqual(generateArt(`custom ${i}`, w))
    }
  })

  it("the committed assets/art/art.onnx is the one the builder makes", () => {
    const committed = readFileSync(new URL("../../../assets/art/art.onnx", import.meta.url))
    expect(new Uint8Array(committed)).toEqual(buildArtOnnx())
  })
})
