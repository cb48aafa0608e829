import { type Scene, type SceneWeights, defaultSceneWeights, packSceneWeights, sceneModelCommitment, sceneOf } from "../art/scene/sceneModel"
import { slotBitmap } from "../art/scene/tokenize"

export type SceneCircuitInput = {
  modelCommitment: string
  slots: string[]
  rows: string[][]
  bias: string[]
}

/**
 * The scene circuit's input for a prompt and weights, from the TypeScript reference: public
 * [modelCommitment, slots[4]] (the output `scene` comes first among the public signals) and the private
 * packed weight rows and bias, as decimal strings.
 */
export function sceneCircuitInput(
  prompt: string,
  weights: SceneWeights = defaultSceneWeights()
): { input: SceneCircuitInput; scene: Scene; slots: bigint[]; modelCommitment: bigint } {
  const slots = slotBitmap(prompt)
  const packed = packSceneWeights(weights)
  const commitment = sceneModelCommitment(weights)
  return {
    input: {
      modelCommitment: commitment.toString(),
      slots: slots.map(String),
      rows: packed.rows.map((r) => r.map(String)),
      bias: packed.bias.map(String)
    },
    scene: sceneOf(slots, weights),
    slots,
    modelCommitment: commitment
  }
}

/** Public signals of a scene proof, in circuit order: [scene, modelCommitment, slot0..slot3]. */
export function scenePublicSignals(scene: bigint, modelCommitment: bigint, slots: readonly bigint[]): string[] {
  return [scene, modelCommitment, ...slots].map(String)
}
