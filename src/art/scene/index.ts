import { promptHashBytes } from "../promptField"
import { rasterScene } from "./sceneRaster"
import { defaultSceneWeights, type Scene, type SceneWeights, sceneOf } from "./sceneModel"
import { type Primitive, scenePrimitives } from "./scenePrimitives"
import { sceneSvg } from "./sceneSvg"
import { slotBitmap } from "./tokenize"

/** Everything the Studio needs for one prompt with the scene architecture. */
export type SceneArt = { bitmap: bigint[]; scene: Scene; primitives: Primitive[]; svg: string }

/** Prompt → slot bitmap → proven scene → primitives and SVG (the reference pipeline). */
export function generateScene(prompt: string, weights: SceneWeights = defaultSceneWeights()): SceneArt {
  const bitmap = slotBitmap(prompt)
  const scene = sceneOf(bitmap, weights)
  const primitives = scenePrimitives(scene.params, promptHashBytes(prompt))
  return { bitmap, scene, primitives, svg: sceneSvg(primitives) }
}

/** The picture as RGB bytes (size × size). */
export function sceneRgb(prompt: string, size = 64, weights?: SceneWeights): Uint8Array {
  return rasterScene(generateScene(prompt, weights).primitives, size)
}
