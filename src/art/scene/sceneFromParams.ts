import { ArtInputError } from "../errors"
import { promptHashBytes } from "../promptField"
import { packScene, unpackScene } from "./sceneModel"
import { scenePrimitives } from "./scenePrimitives"
import { sceneSvg } from "./sceneSvg"
import { DIMS } from "./vocabulary"

/**
 * Draws scene params (the ONNX preview's output, or a proven scene word unpacked) as the SVG the on-chain
 * renderer writes for the same prompt: the layout is seeded by the prompt's hash, as in SceneRenderer.sol.
 * @returns The packed scene word (what the proof makes public) and the SVG.
 */
export function sceneFromParams(prompt: string, params: readonly number[]): { packed: bigint; svg: string } {
  if (params.length !== DIMS.length) throw new ArtInputError(`A scene has ${DIMS.length} params; got ${params.length}.`)
  const packed = packScene(params)
  // A param outside its packed width would be drawn differently from the proven (packed) scene.
  if (unpackScene(packed).some((v, d) => v !== params[d])) throw new ArtInputError("A scene param is outside its range.")
  return { packed, svg: sceneSvg(scenePrimitives(params, promptHashBytes(prompt))) }
}
