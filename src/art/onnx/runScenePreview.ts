import * as ort from "onnxruntime-web"
import { ArtInputError } from "../errors"
import { checkSceneWeights, defaultSceneWeights, type SceneWeights } from "../scene/sceneModel"
import { slotBitmap } from "../scene/tokenize"
import { DIMS, SCENE_SLOTS, SLOTS_PER_ELEMENT } from "../scene/vocabulary"
import { SCENE_ONNX_INPUTS, type SceneOnnxInputName } from "./buildSceneOnnx"

/** Feeds for the scene graph: the prompt's slot bits and the weights. */
export function sceneOnnxFeeds(prompt: string, weights: SceneWeights = defaultSceneWeights()): Record<SceneOnnxInputName, ort.Tensor> {
  checkSceneWeights(weights)
  const bitmap = slotBitmap(prompt)
  const bits = Int32Array.from({ length: SCENE_SLOTS }, (_, s) => Number((bitmap[Math.floor(s / SLOTS_PER_ELEMENT)]! >> BigInt(s % SLOTS_PER_ELEMENT)) & 1n))
  return {
    bits: new ort.Tensor("int32", bits, [...SCENE_ONNX_INPUTS.bits]),
    rows: new ort.Tensor("int32", Int32Array.from(weights.rows.flat()), [...SCENE_ONNX_INPUTS.rows]),
    bias: new ort.Tensor("int32", Int32Array.from(weights.bias), [...SCENE_ONNX_INPUTS.bias])
  }
}

/** The instant preview of the scene architecture: the 28 scene params, equal to sceneOf(...).params. */
export async function runScenePreview(session: ort.InferenceSession, prompt: string, weights?: SceneWeights): Promise<number[]> {
  const result = await session.run(sceneOnnxFeeds(prompt, weights))
  const params = result.params
  if (!params || params.data.length !== DIMS.length) throw new ArtInputError("The ONNX scene model returned no scene.")
  return Array.from(params.data as Int32Array)
}
