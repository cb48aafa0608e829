/**
 * A WebAssembly module that passes Mamori's model-library check (it exports `memory` and the TVM
 * functions web-llm's runtime calls first) but whose every function traps. Loading a model with it
 * gets past Mamori's checks into web-llm's own `reload` — device creation on the WebGPU adapter,
 * tvmjs instantiating the library — which then fails at the first call into the library.
 */
import { TVM_REQUIRED_EXPORTS } from "../../src/llm/modelLib/checkModelLibExports"

const FUNCTIONS = TVM_REQUIRED_EXPORTS.filter((name) => name !== "memory")

export function tvmStubWasm(): Uint8Array {
  const text = new TextEncoder()
  const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body]
  const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()]
  const name = (s: string) => {
    const b = [...text.encode(s)]
    return [...uleb(b.length), ...b]
  }
  const types = section(1, vec([[0x60, 0x00, 0x00]])) // one type: () -> ()
  const funcs = section(3, vec(FUNCTIONS.map(() => [0x00])))
  const memory = section(5, vec([[0x00, 0x01]])) // one memory, min 1 page
  const exports = section(7, vec([[...name("memory"), 0x02, 0x00], ...FUNCTIONS.map((f, i) => [...name(f), 0x00, i])]))
  const body = [0x00, 0x00, 0x0b] // no locals, unreachable, end
  const code = section(10, vec(FUNCTIONS.map(() => [...uleb(body.length), ...body])))
  return Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...types, ...funcs, ...memory, ...exports, ...code])
}

function uleb(n: number): number[] {
  const out: number[] = []
  do {
    let byte = n & 0x7f
    n >>>= 7
    if (n) byte |= 0x80
    out.push(byte)
  } while (n)
  return out
}
