// Groth16 prover worker for the offscreen document, loaded unbundled (copied into the build as zk/):
// Parcel's bundle of snarkjs pulls node polyfills that fail under the extension's CSP (no eval, `this`
// undefined in a module worker), while snarkjs's own browser build runs as is through importScripts.
/* global snarkjs */
importScripts("./snarkjs.min.js")

// snarkjs logs these steps while proving; they drive the progress bar (fractions of the whole job).
const STEPS = [
  ["Reading Wtns", 0.3],
  ["Building ABC", 0.35],
  ["QAP AB", 0.45],
  ["QAP C", 0.55],
  ["Multiexp A", 0.65],
  ["Multiexp B1", 0.72],
  ["Multiexp B2", 0.8],
  ["Multiexp C", 0.88],
  ["Multiexp H", 0.94]
]

async function bytes(url) {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`Could not load ${url} (HTTP ${res.status}).`)
  return new Uint8Array(await res.arrayBuffer())
}

self.onmessage = async (event) => {
  const { id, input, wasmUrl, zkeyUrl, vkeyUrl } = event.data
  const progress = (stage, fraction) => self.postMessage({ kind: "progress", id, stage, fraction })
  const started = performance.now()
  try {
    progress("download", 0.05)
    const [wasm, zkey, vkey] = await Promise.all([bytes(wasmUrl), bytes(zkeyUrl), fetch(vkeyUrl).then((r) => r.json())])
    progress("witness", 0.2)
    const logger = {
      debug: (msg) => {
        const step = STEPS.find(([prefix]) => String(msg).startsWith(prefix))
        if (step) progress("prove", step[1])
      },
      info: () => {},
      warn: () => {},
      error: () => {}
    }
    const { proof, publicSignals } = await snarkjs.groth16.fullProve(input, { type: "mem", data: wasm }, { type: "mem", data: zkey }, logger, undefined, { singleThread: true })
    progress("verify", 0.97)
    // Checked here before anything is paid for on-chain.
    if (!(await snarkjs.groth16.verify(vkey, publicSignals, proof))) throw new Error("The proof did not verify.")
    progress("done", 1)
    self.postMessage({ kind: "result", id, proof, publicSignals, ms: Math.round(performance.now() - started) })
  } catch (error) {
    self.postMessage({ kind: "error", id, message: String((error && error.message) || error) })
  }
}
