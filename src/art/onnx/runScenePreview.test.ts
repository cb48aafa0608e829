import { createRequire } from "node:module"
import { dirname } from "node:path"
import { pathToFileURL } from "node:url"
import * as ort from "onnxruntime-web"
import { beforeAll, describe, expect, it } from "vitest"
import { ENTRY_MAX, ENTRY_MIN, defaultSceneWeights, sceneOf, type SceneWeights } from "../scene/sceneModel"
import { slotBitmap } from "../scene/tokenize"
import { CONCEPT_COUNT, CONCEPTS, EMBED_DIMS } from "../scene/vocabulary"
import { buildSceneOnnx } from "./buildSceneOnnx"
import { configureOrtForNode } from "./nodeOrt"
import { runScenePreview } from "./runScenePreview"

const require = createRequire(import.meta.url)
let session: ort.InferenceSession

function rng(seed: number) {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 2 ** 32
  }
}
const VOCAB = CONCEPTS.flatMap((c) => c.words)
function prompt(r: () => number): string {
  const n = 1 + Math.floor(r() * 14)
  return Array.from({ length: n }, () =>
    r() < 0.6 ? VOCAB[Math.floor(r() * VOCAB.length)]! : String.fromCodePoint(48 + Math.floor(r() * 0x2f0)).repeat(1 + Math.floor(r() * 5))
  ).join(r() < 0.5 ? " " : ", ")
}

beforeAll(async () => {
  const dist = dirname(require.resolve("onnxruntime-web")).replace(/\/dist.*$/, "/dist/")
  configureOrtForNode(pathToFileURL(dist).href)
  session = await ort.InferenceSession.create(buildSceneOnnx(), { executionProviders: ["wasm"] })
})

describe("scene ONNX preview == TypeScript reference", () => {
  it("agrees on 250 random prompts with the default weights", async () => {
    const r = rng(18)
    for (let i = 0; i < 250; i++) {
      const p = prompt(r)
      expect(await runScenePreview(session, p), p).toEqual(sceneOf(slotBitmap(p), defaultSceneWeights()).params)
    }
  })

  it("agrees on 30 random custom weights (the same graph)", async () => {
    const r = rng(99)
    for (let i = 0; i < 30; i++) {
      const entry = () => ENTRY_MIN + Math.floor(r() * (ENTRY_MAX - ENTRY_MIN + 1))
      const w: SceneWeights = {
        rows: Array.from({ length: CONCEPT_COUNT }, () => Array.from({ length: EMBED_DIMS }, entry)),
        bias: Array.from({ length: EMBED_DIMS }, entry)
      }
      const p = prompt(r)
      expect(await runScenePreview(session, p, w), p).toEqual(sceneOf(slotBitmap(p), w).params)
    }
  })
})
