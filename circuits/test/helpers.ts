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
