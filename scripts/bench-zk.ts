/**
 * Benchmarks the art circuit: constraints (total and per pixel), witness time, Groth16 proving time in
 * node and in a dedicated Web Worker in headless Chromium (the shipped lib/proverWorker.ts,
 * bundled with esbuild), proving-key size and peak memory, for each architecture (mamori-art-v1, then the
 * scene architecture's figures prefixed scene-). Run: npm run bench:zk
 */
import { readFileSync, statSync } from "node:fs"
import { fileURLToPath } from "node:url"
import * as snarkjs from "snarkjs"
import { openBrowserProver, proveInBrowser } from "../circuits/scripts/browserProver"
import { artCircuitInput } from "../src/zk/artCircuitInput"
import { proveArt } from "../src/zk/proveArt"
import { verifyArt } from "../src/zk/verifyArt"
import { proveScene } from "../src/zk/proveScene"
import { sceneCircuitInput } from "../src/zk/sceneCircuitInput"

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

async function browserFigures(singleThread: boolean, architecture: "art" | "scene" = "art"): Promise<number[]> {
  const prover = await openBrowserProver()
  try {
    const times: number[] = []
    for (let i = 0; i < 3; i++) {
      const run = await proveInBrowser(prover.page, `a lighthouse in a storm, browser bench ${i}`, singleThread, architecture)
      if (!run.verified || !run.stages.includes("prove")) throw new Error("browser proof incomplete")
      times.push(run.ms)
    }
    return times
  } finally {
    await prover.close()
  }
}

/** The scene architecture (mamori-scene-v1): the same figures on its circuit. */
async function sceneNodeFigures() {
  const info = await snarkjs.r1cs.info(root + "circuits/build/scene.r1cs")
  const wasm = readFileSync(root + "assets/zk/scene.wasm")
  const vkey = JSON.parse(readFileSync(root + "assets/zk/scene_verification_key.json", "utf8")) as unknown
  const witnessMs: number[] = []
  for (let i = 0; i < 5; i++) {
    const { input } = sceneCircuitInput(`moon over the sea, bench witness ${i}`)
    const t = performance.now()
    await snarkjs.wtns.calculate(input, { type: "mem", data: wasm }, { type: "mem" } as never)
    witnessMs.push(performance.now() - t)
  }
  const proveMs: number[] = []
  for (let i = 0; i < 3; i++) {
    const t = performance.now()
    const r = await proveScene({ prompt: `a lighthouse in a storm, bench proof ${i}`, wasm: root + "assets/zk/scene.wasm", zkey: root + "assets/zk/scene_final.zkey" })
    proveMs.push(performance.now() - t)
    if (!(await snarkjs.groth16.verify(vkey, r.publicSignals, r.proof))) throw new Error("node scene proof did not verify")
  }
  return { constraints: info.nConstraints, witnessMs: median(witnessMs), proveMs: median(proveMs), proveRuns: proveMs }
}

const n = await nodeFigures()
const browserMulti = await browserFigures(false)
const browserSingle = await browserFigures(true)
const sn = await sceneNodeFigures()
const sceneMulti = await browserFigures(false, "scene")
const sceneSingle = await browserFigures(true, "scene")
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
console.log(`scene node proofs (ms): ${sn.proveRuns.map(Math.round).join(", ")}`)
console.log(`scene browser worker proofs incl. artifact fetch + local verify (ms): ${sceneMulti.map(Math.round).join(", ")}`)
console.log(`scene browser worker proofs, singleThread (ms): ${sceneSingle.map(Math.round).join(", ")}`)
console.log(`scene-zk-constraints: ${sn.constraints}`)
console.log(`scene-zk-witness-ms: ${Math.round(sn.witnessMs)} ms`)
console.log(`scene-proof-ms-node: ${Math.round(sn.proveMs)} ms`)
console.log(`scene-proof-ms-browser: ${Math.round(median(sceneMulti))} ms`)
console.log(`scene-proof-ms-browser-single-thread: ${Math.round(median(sceneSingle))} ms`)
console.log(`scene-zk-zkey-mb: ${(statSync(root + "assets/zk/scene_final.zkey").size / 1e6).toFixed(1)} MB`)
console.log(`zk-peak-rss-mb: ${Math.round(rssMb)} MB`)
process.exit(0)
