/**
 * Benchmarks the art circuit: constraints (total and per pixel), witness time, Groth16 proving time in
 * node and in a dedicated Web Worker in headless Chromium (the shipped lib/proverWorker.ts,
 * bundled with esbuild), proving-key size and peak memory. Run: npm run bench:zk
 */
import { readFileSync, statSync } from "node:fs"
import { fileURLToPath } from "node:url"
import * as snarkjs from "snarkjs"
import { openBrowserProver, proveInBrowser } from "../circuits/scripts/browserProver"
import { artCircuitInput } from "../src/zk/artCircuitInput"
import { proveArt } from "../src/zk/proveArt"
import { verifyArt } from "../src/zk/verifyArt"

const root = fileURLToPath(new URL("../", import.meta.url))
const WASM = root + "assets/zk/art.wasm"
const ZKEY = root + "assets/zk/art_final.zkey"
const VKEY = root + "assets/zk/verification_key.json"
const R1CS = root + "circuits/build/art.r1cs"
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function nodeFigures() {
  const info = await snarkjs.r1cs.info(R1CS)
  const wasm = readFileSync(WASM)
  const witnessMs: number[] = []
  for (let i = 0; i < 5; i++) {
    const { input } = artCircuitInput(`bench witness ${i}`)
    const t = performance.now()
    await snarkjs.wtns.calculate(input, { type: "mem", data: wasm }, { type: "mem" } as never)
    witnessMs.push(performance.now() - t)
  }
  const vkey = JSON.parse(readFileSync(VKEY, "utf8")) as unknown
  const proveMs: number[] = []
  for (let i = 0; i < 3; i++) {
    const t = performance.now()
    const r = await proveArt({ prompt: `bench proof ${i}`, wasm: WASM, zkey: ZKEY })
    proveMs.push(performance.now() - t)
    if (!(await verifyArt(vkey, r.publicSignals, r.proof))) throw new Error("node proof did not verify")
  }
  return { constraints: info.nConstraints, witnessMs: median(witnessMs), proveMs: median(proveMs), proveRuns: proveMs }
}

async function browserFigures(singleThread: boolean): Promise<number[]> {
  const prover = await openBrowserProver()
  try {
    const times: number[] = []
    for (let i = 0; i < 3; i++) {
      const run = await proveInBrowser(prover.page, `browser bench ${i}`, singleThread)
      if (!run.verified || !run.stages.includes("prove")) throw new Error("browser proof incomplete")
      times.push(run.ms)
    }
    return times
  } finally {
    await prover.close()
  }
}

const n = await nodeFigures()
const browserMulti = await browserFigures(false)
const browserSingle = await browserFigures(true)
const zkeyMb = statSync(ZKEY).size / 1e6
const rssMb = process.resourceUsage().maxRSS / 1024

console.log(`node proofs (ms): ${n.proveRuns.map(Math.round).join(", ")}`)
console.log(`browser worker proofs incl. artifact fetch + local verify (ms): ${browserMulti.map(Math.round).join(", ")}`)
console.log(`browser worker proofs, singleThread (ms): ${browserSingle.map(Math.round).join(", ")}`)
console.log(`zk-constraints: ${n.constraints}`)
console.log(`zk-constraints-per-pixel: ${(n.constraints / 1024).toFixed(1)}`)
console.log(`zk-witness-ms: ${Math.round(n.witnessMs)} ms`)
console.log(`proof-ms-node: ${Math.round(n.proveMs)} ms`)
console.log(`proof-ms-browser: ${Math.round(median(browserMulti))} ms`)
console.log(`proof-ms-browser-single-thread: ${Math.round(median(browserSingle))} ms`)
console.log(`zk-zkey-mb: ${zkeyMb.toFixed(1)} MB`)
console.log(`zk-peak-rss-mb: ${Math.round(rssMb)} MB`)
process.exit(0)
