import { slotConcepts } from "../scene/tokenize"
import { CONCEPT_COUNT, CONTINUOUS_DIMS, CONTINUOUS_MAX, DIMS, EMBED_DIMS, SCENE_SLOTS } from "../scene/vocabulary"
import { tensor, valueInfo } from "./buildArtOnnx"
import { ProtoWriter } from "./protobuf"

const INT64 = 7

/** The scene graph's int32 inputs: the slot bitmap as 0/1, the concept rows and the bias (entries, not packed). */
export const SCENE_ONNX_INPUTS = {
  bits: [1, SCENE_SLOTS],
  rows: [CONCEPT_COUNT, EMBED_DIMS],
  bias: [1, EMBED_DIMS]
} as const
export type SceneOnnxInputName = keyof typeof SCENE_ONNX_INPUTS

/**
 * The scene model as an ONNX graph (opset 17, int32): counts = bits · conceptMap (the architecture's
 * slot → concept one-hot matrix, an initializer), h = counts · rows + bias, then clamp for the continuous dims
 * and h > 0 for the flags; output `params` [1, 28]. For weights in range the lanes of the circuit never carry
 * (|entry| ≤ 8, ≤ 1000 slots: every lane < 2^14), so this plain integer sum equals the reference's lane
 * arithmetic.
 */
export function buildSceneOnnx(): Uint8Array {
  const graph = new ProtoWriter().string(2, "mamori-scene-v1")
  let counter = 0
  const node = (op: string, inputs: string[], out?: string): string => {
    const output = out ?? `t${counter++}`
    const n = new ProtoWriter()
    for (const i of inputs) n.string(1, i)
    n.string(2, output).string(3, `${op}_${counter}`).string(4, op)
    graph.message(1, n)
    return output
  }
  for (const [name, dims] of Object.entries(SCENE_ONNX_INPUTS)) graph.message(11, valueInfo(name, dims))
  const map = slotConcepts()
  const oneHot: number[] = []
  for (let s = 0; s < SCENE_SLOTS; s++) for (let k = 0; k < CONCEPT_COUNT; k++) oneHot.push(map[s] === k ? 1 : 0)
  graph.message(5, tensor("concept_map", [SCENE_SLOTS, CONCEPT_COUNT], oneHot))
  graph.message(5, tensor("zero", [], [0]))
  graph.message(5, tensor("max", [1, CONTINUOUS_DIMS], [...CONTINUOUS_MAX]))
  graph.message(5, tensor("s0", [1], [0], INT64))
  graph.message(5, tensor("s1", [1], [CONTINUOUS_DIMS], INT64))
  graph.message(5, tensor("s2", [1], [DIMS.length], INT64))
  graph.message(5, tensor("axis1", [1], [1], INT64))

  const counts = node("MatMul", ["bits", "concept_map"])
  const h = node("Add", [node("MatMul", [counts, "rows"]), "bias"])
  const continuous = node("Slice", [h, "s0", "s1", "axis1"])
  const clamped = node("Min", [node("Max", [continuous, "zero"]), "max"])
  const flagsIn = node("Slice", [h, "s1", "s2", "axis1"])
  const castTo = new ProtoWriter().string(1, "to").uint(3, 6).uint(20, 2)
  const greater = node("Greater", [flagsIn, "zero"])
  const cast = new ProtoWriter()
  cast.string(1, greater).string(2, "flags").string(3, "Cast_flags").string(4, "Cast").message(5, castTo)
  graph.message(1, cast)
  const concat = new ProtoWriter()
  concat
    .string(1, clamped)
    .string(1, "flags")
    .string(2, "params")
    .string(3, "Concat_params")
    .string(4, "Concat")
    .message(5, new ProtoWriter().string(1, "axis").uint(3, 1).uint(20, 2))
  graph.message(1, concat)
  graph.message(12, valueInfo("params", [1, DIMS.length]))

  return new ProtoWriter().uint(1, 8).string(2, "mamori").string(3, "1").message(7, graph).message(8, new ProtoWriter().string(1, "").uint(2, 17)).finish()
}
