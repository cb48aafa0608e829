/** Shared helpers for the art circuit's witness tests. */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import * as snarkjs from "snarkjs"
import { BN254_R } from "../../src/art/promptField"
import type { ArtCircuitInput } from "../../src/zk/artCircuitInput"

export const ROOT = fileURLToPath(new URL("../../", import.meta.url))
export const WASM = ROOT + "assets/zk/art.wasm"
export const ZKEY = ROOT + "assets/zk/art_final.zkey"
export const VKEY = ROOT + "assets/zk/verification_key.json"
export const R1CS = ROOT + "circuits/build/art.r1cs"
export const SYM = ROOT + "circuits/build/art.sym"

const wasmBytes = readFileSync(WASM)

export type Witness = { data: Uint8Array; signals: bigint[] }

/** Runs the compiled witness generator; throws when an `===` or a range check fails at witness time. */
export async function computeWitness(input: ArtCircuitInput | Record<string, unknown>): Promise<Witness> {
  const out: { type: "mem"; data?: Uint8Array } = { type: "mem" }
  await snarkjs.wtns.calculate(input as Record<string, unknown>, { type: "mem", data: wasmBytes }, out as never)
  const data = out.data!
  return { data, signals: await snarkjs.wtns.exportJson({ type: "mem", data }) }
}

/** Whether the witness satisfies every R1CS constraint (the prover-side check a forger must pass). */
export async function checkWitness(data: Uint8Array): Promise<boolean> {
  // snarkjs 0.7.6 calls logger.warn unguarded on failure: pass a silent logger.
  const quiet = { info() {}, warn() {}, debug() {}, error() {} }
  return snarkjs.wtns.check(R1CS, { type: "mem", data }, quiet)
}

/** The witness index (wire) of a named signal, from the .sym file; -1 if optimised away. */
export function wireOf(name: string): number {
  const line = readFileSync(SYM, "utf8")
    .split("\n")
    .find((l) => l.endsWith("," + name))
  if (!line) throw new Error(`no signal ${name}`)
  return Number(line.split(",")[1])
}

/** A copy of a .wtns file with wire `index` set to `value` (mod r): a hand-forged witness. */
export function patchWitness(data: Uint8Array, index: number, value: bigint): Uint8Array {
  const copy = data.slice()
  const view = new DataView(copy.buffer)
  // .wtns: "wtns", version, nSections, then sections (type u32, size u64): 1 = header (n8, q, n), 2 = values.
  let pos = 12
  let n8 = 32
  for (;;) {
    const type = view.getUint32(pos, true)
    const size = Number(view.getBigUint64(pos + 4, true))
    pos += 12
    if (type === 1) n8 = view.getUint32(pos, true)
    if (type === 2) break
    pos += size
  }
  let v = ((value % BN254_R) + BN254_R) % BN254_R
  const at = pos + index * n8
  for (let i = 0; i < n8; i++) {
    copy[at + i] = Number(v & 0xffn)
    v >>= 8n
  }
  return copy
}

/** A circuit's compiled files (the art circuit's are the defaults above). */
export type CircuitFiles = { wasm: string; r1cs: string; sym: string }
export const SCENE: CircuitFiles = {
  wasm: ROOT + "assets/zk/scene.wasm",
  r1cs: ROOT + "circuits/build/scene.r1cs",
  sym: ROOT + "circuits/build/scene.sym"
}

/** computeWitness for another circuit. */
export async function computeWitnessOf(files: CircuitFiles, input: Record<string, unknown>): Promise<Witness> {
  const out: { type: "mem"; data?: Uint8Array } = { type: "mem" }
  await snarkjs.wtns.calculate(input, { type: "mem", data: readFileSync(files.wasm) }, out as never)
  const data = out.data!
  return { data, signals: await snarkjs.wtns.exportJson({ type: "mem", data }) }
}

/** Every signal name → wire of a circuit (.sym), optimised-away signals (wire -1) left out. */
export function wiresOf(files: CircuitFiles): Map<string, number> {
  const wires = new Map<string, number>()
  for (const line of readFileSync(files.sym, "utf8").split("\n")) {
    const [, wire, , name] = line.split(",")
    if (name && Number(wire) >= 0) wires.set(name, Number(wire))
  }
  return wires
}

type LinearCombination = Map<number, bigint>
/**
 * An in-memory R1CS checker (A·w × B·w = C·w mod r for every constraint), fast enough to test thousands of
 * forged witnesses; constraints are indexed by the wires they use.
 */
export async function loadR1cs(path: string): Promise<{
  satisfied: (w: bigint[]) => boolean
  constraintsOf: (wire: number) => number[]
  check: (w: bigint[], constraints: number[]) => boolean
  nWires: number
}> {
  const quiet = { info() {}, warn() {}, debug() {}, error() {} }
  const json = (await snarkjs.r1cs.exportJson(path, quiet)) as {
    nVars: number
    constraints: [Record<string, string>, Record<string, string>, Record<string, string>][]
  }
  const toLc = (o: Record<string, string>): LinearCombination => new Map(Object.entries(o).map(([k, v]) => [Number(k), BigInt(v)]))
  const cs = json.constraints.map(([a, b, c]) => [toLc(a), toLc(b), toLc(c)] as const)
  const byWire = new Map<number, number[]>()
  cs.forEach((c, i) => {
    for (const lc of c)
      for (const wire of lc.keys()) {
        const list = byWire.get(wire) ?? []
        if (list[list.length - 1] !== i) list.push(i)
        byWire.set(wire, list)
      }
  })
  const ev = (lc: LinearCombination, w: bigint[]) => {
    let acc = 0n
    for (const [wire, coef] of lc) acc += coef * w[wire]!
    return acc % BN254_R
  }
  const check = (w: bigint[], idx: number[]) =>
    idx.every((i) => {
      const [a, b, c] = cs[i]!
      return (ev(a, w) * ev(b, w) - ev(c, w)) % BN254_R === 0n
    })
  return {
    satisfied: (w) =>
      check(
        w,
        cs.map((_, i) => i)
      ),
    constraintsOf: (wire) => byWire.get(wire) ?? [],
    check,
    nWires: json.nVars
  }
}
