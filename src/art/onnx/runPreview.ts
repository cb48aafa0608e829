import * as ort from "onnxruntime-web"
import { ART_PIXELS } from "../constants"
import { ArtInputError } from "../errors"
import { promptField } from "../promptField"
import { promptSeeds } from "../seeds"
import { defaultWeights, flattenWeights, type ArtWeights } from "../weights"
import { ART_ONNX_INPUTS, type ArtOnnxInputName } from "./buildArtOnnx"

/** An onnxruntime-web session on assets/art/art.onnx. */
export type ArtPreviewSession = { session: ort.InferenceSession }

/**
 * Opens the art ONNX model on the wasm backend. The caller configures `ort.env.wasm` for its host
 * (node: wasmPaths = file URL of onnxruntime-web/dist/, numThreads = 1; extension: bundled wasm files).
 * @param model the model bytes or a URL/path to them.
 */
export async function createArtPreviewSession(model: Uint8Array | string): Promise<ArtPreviewSession> {
  const session =
    typeof model === "string"
      ? await ort.InferenceSession.create(model, { executionProviders: ["wasm"] })
      : await ort.InferenceSession.create(model, { executionProviders: ["wasm"] })
  return { session }
}

/** Feeds for the graph from a prompt and weights (seeds computed as in the reference). */
export function artOnnxFeeds(prompt: string, weights: ArtWeights = defaultWeights): Record<ArtOnnxInputName, ort.Tensor> {
  const flat = flattenWeights(weights)
  const s = promptSeeds(promptField(prompt))
  const values: Record<ArtOnnxInputName, number[]> = {
    freq: s.freq.flat(),
    phase: s.phase.flat(),
    centre: s.centre,
    shift: [s.shift],
    wr: flat.slice(0, 16),
    wc: flat.slice(16, 32),
    br: flat.slice(32, 36),
    bc: flat.slice(36, 40),
    rho: [flat[40]!],
    beta: [flat[41]!]
  }
  const feeds = {} as Record<ArtOnnxInputName, ort.Tensor>
  for (const name of Object.keys(ART_ONNX_INPUTS) as ArtOnnxInputName[]) feeds[name] = new ort.Tensor("int32", Int32Array.from(values[name]), [...ART_ONNX_INPUTS[name]])
  return feeds
}

/**
 * The instant preview: runs the ONNX model and returns the 1024 palette indices — the same bytes as
 * generateArt and as the proof's public pixel words.
 */
export async function runPreview(preview: ArtPreviewSession, prompt: string, weights: ArtWeights = defaultWeights): Promise<Uint8Array> {
  const result = await preview.session.run(artOnnxFeeds(prompt, weights))
  const pixels = result.pixels
  if (!pixels || pixels.data.length !== ART_PIXELS) throw new ArtInputError("The ONNX art model returned no pixels.")
  return Uint8Array.from(pixels.data as Int32Array)
}
