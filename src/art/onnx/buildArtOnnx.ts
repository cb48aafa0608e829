import { ART_HIDDEN, ART_SIZE, ART_WAVES, BAND_SHIFT, BAYER4, DITHER_STEP, PIXEL_OFFSET, SHIFT_STEP } from "../constants"
import { ProtoWriter } from "./protobuf"

// onnx.proto enums used here.
const INT32 = 6
const INT64 = 7
const ATTR_INT = 2
const ATTR_INTS = 7

/** Names and shapes of the ONNX graph's int32 inputs, in the order runPreview feeds them. */
export const ART_ONNX_INPUTS = {
  freq: [2, ART_WAVES, 1],
  phase: [2, ART_WAVES, 1],
  centre: [2, 1],
  shift: [1],
  wr: [ART_HIDDEN, ART_WAVES],
  wc: [ART_HIDDEN, ART_WAVES],
  br: [ART_HIDDEN, 1],
  bc: [ART_HIDDEN, 1],
  rho: [1],
  beta: [1]
} as const
export type ArtOnnxInputName = keyof typeof ART_ONNX_INPUTS

export function tensor(name: string, dims: number[], values: number[], type = INT32): ProtoWriter {
  const t = new ProtoWriter()
  for (const d of dims) t.uint(1, d)
  t.uint(2, type).string(8, name)
  const raw = new Uint8Array(values.length * (type === INT64 ? 8 : 4))
  const view = new DataView(raw.buffer)
  values.forEach((v, i) => {
    if (type === INT64) view.setBigInt64(i * 8, BigInt(v), true)
    else view.setInt32(i * 4, v, true)
  })
  return t.bytes(9, raw)
}

export function valueInfo(name: string, dims: readonly number[]): ProtoWriter {
  const shape = new ProtoWriter()
  for (const d of dims) shape.message(1, new ProtoWriter().uint(1, d))
  const tensorType = new ProtoWriter().uint(1, INT32).message(2, shape)
  return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensorType))
}

/**
 * Builds the art model as an ONNX graph (opset 17, int32 throughout) that reproduces
 * src/art/generate.ts bit for bit. Seeds and weights are graph INPUTS, so custom weights of the same
 * architecture reuse the same file. Every division has a non-negative numerator, so ONNX's truncating
 * integer Div equals the reference's floor.
 */
export function buildArtOnnx(): Uint8Array {
  const graph = new ProtoWriter().string(2, "mamori-art-v1")
  const consts = new Map<number, string>()
  let counter = 0
  /** A scalar int32 initializer, shared by value. */
  const c = (v: number): string => {
    let name = consts.get(v)
    if (!name) {
      name = `c_${v < 0 ? "m" + -v : v}`
      consts.set(v, name)
      graph.message(5, tensor(name, [], [v]))
    }
    return name
  }
  const node = (op: string, inputs: string[], attrs: ProtoWriter[] = [], out?: string): string => {
    const output = out ?? `t${counter++}`
    const n = new ProtoWriter()
    for (const i of inputs) n.string(1, i)
    n.string(2, output).string(3, `${op}_${counter}`).string(4, op)
    for (const a of attrs) n.message(5, a)
    graph.message(1, n)
    return output
  }
  const intAttr = (name: string, v: number) => new ProtoWriter().string(1, name).uint(3, v).uint(20, ATTR_INT)
  const intsAttr = (name: string, vs: number[]) => {
    const a = new ProtoWriter().string(1, name)
    for (const v of vs) a.uint(8, v)
    return a.uint(20, ATTR_INTS)
  }
  const add = (a: string, b: string) => node("Add", [a, b])
  const sub = (a: string, b: string) => node("Sub", [a, b])
  const mul = (a: string, b: string) => node("Mul", [a, b])
  const div = (a: string, b: string) => node("Div", [a, b])
  const mod = (a: string, b: string) => node("Mod", [a, b], [intAttr("fmod", 0)])
  const pick = (a: string, index: number) => {
    const idx = `idx_${index}`
    if (!consts.has(-1000 - index)) {
      consts.set(-1000 - index, idx)
      graph.message(5, tensor(idx, [], [index], INT64))
    }
    return node("Gather", [a, idx], [intAttr("axis", 0)])
  }

  // Inputs.
  for (const [name, dims] of Object.entries(ART_ONNX_INPUTS)) graph.message(11, valueInfo(name, dims))
  graph.message(
    5,
    tensor(
      "u",
      [1, ART_SIZE],
      Array.from({ length: ART_SIZE }, (_, i) => i)
    )
  )
  const dither: number[] = []
  for (let y = 0; y < ART_SIZE; y++) for (let x = 0; x < ART_SIZE; x++) dither.push(DITHER_STEP * BAYER4[y % 4]![x % 4]!)
  graph.message(5, tensor("dither", [ART_SIZE, ART_SIZE], dither))
  graph.message(5, tensor("out_shape", [1], [ART_SIZE * ART_SIZE], INT64))
  graph.message(5, tensor("col_shape", [2], [ART_SIZE, 1], INT64))

  // Triangle waves for both axes at once: [2, 4, 32].
  const t = add(mul("freq", "u"), "phase")
  const m = mod(t, c(64))
  const b5 = div(m, c(32))
  const low = sub(m, mul(b5, c(32)))
  const tri = add(low, mul(b5, sub(c(31), mul(c(2), low))))
  const phi = sub(mul(c(2), tri), c(31))

  // Hidden units per axis: g = floor((W·phi + 4b) / 64) via (h + 2048) / 64 - 32.
  const hidden = (axis: number, w: string, b: string) => {
    const h = add(node("MatMul", [w, pick(phi, axis)]), mul(c(4), b))
    return sub(div(add(h, c(2048)), c(64)), c(32))
  }
  const gr = hidden(0, "wr", "br")
  const gc = hidden(1, "wc", "bc")
  const products = node("MatMul", [node("Transpose", [gr], [intsAttr("perm", [1, 0])]), gc]) // [32, 32]

  // Radial terms rho·floor((u - c)² / 8), rows and columns.
  const d = sub("u", "centre")
  const rad = mul(div(mul(d, d), c(8)), "rho")
  const radY = node("Reshape", [pick(rad, 0), "col_shape"])
  const radX = pick(rad, 1)

  const constant = add(add(c(PIXEL_OFFSET), mul(c(64), "beta")), mul(c(SHIFT_STEP), "shift"))
  const v = add(add(add(add(products, radY), radX), constant), "dither")
  const band = mod(div(v, c(2 ** BAND_SHIFT)), c(8))
  const raw = mod(band, c(4))
  const fold = div(band, c(4))
  const idx = add(raw, mul(fold, sub(c(3), mul(c(2), raw))))
  node("Reshape", [idx, "out_shape"], [], "pixels")
  graph.message(12, valueInfo("pixels", [ART_SIZE * ART_SIZE]))

  return new ProtoWriter()
    .uint(1, 8) // ir_version
    .string(2, "mamori")
    .string(3, "1")
    .message(7, graph)
    .message(8, new ProtoWriter().string(1, "").uint(2, 17))
    .finish()
}
