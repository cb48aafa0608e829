/// <reference lib="webworker" />
/**
 * The one Groth16 prover worker: the extension's offscreen document, the integration tests and the zk
 * benchmark all run this file, bundled by `scripts/lib/bundleProverWorker.mjs` (esbuild, one classic
 * script: Parcel's bundle of snarkjs fails under the extension's CSP). Free of chrome.*.
 * Protocol: see src/zk/worker/messages.ts. Cancel = terminate the worker (snarkjs has no abort signal).
 */
import * as snarkjs from "snarkjs"
import { errorMessage, MamoriError } from "~src/errors/base"
import { artCircuitInput } from "~src/zk/artCircuitInput"
import { proofToSolidity } from "~src/zk/proofToSolidity"
import { sceneCircuitInput } from "~src/zk/sceneCircuitInput"
import type { ProveRequest, ProverMessage, ProveStage } from "~src/zk/worker/messages"

declare const self: DedicatedWorkerGlobalScope

const post = (m: ProverMessage) => self.postMessage(m)

// snarkjs logs these steps while proving; they drive the progress bar (fractions of the whole job).
const PROVE_STEPS: [string, number][] = [
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

async function download(url: string): Promise<Uint8Array> {
  const res = await fetch(url)
  if (!res.ok) throw new MamoriError(`Could not load ${url}.`, { code: "zk/artifact-missing", details: `HTTP ${res.status}` })
  return new Uint8Array(await res.arrayBuffer())
}

async function prove(req: ProveRequest): Promise<void> {
  const started = performance.now()
  const progress = (stage: ProveStage, fraction: number) => post({ kind: "progress", id: req.id, stage, fraction })
  progress("download", 0)
  const [wasm, zkey, vkey] = await Promise.all([download(req.wasmUrl), download(req.zkeyUrl), fetch(req.vkeyUrl).then((r) => r.json() as Promise<unknown>)])
  progress("reference", 0.15)
  // The reference output and the public signals the proof must carry, per architecture.
  let input: Record<string, unknown>
  let expected: string[]
  let pixels: Uint8Array = new Uint8Array(0)
  let words: bigint[] = []
  let scene: bigint | undefined
  if (req.architecture === "scene") {
    const ref = sceneCircuitInput(req.prompt, req.sceneWeights)
    input = ref.input
    scene = ref.scene.packed
    expected = [ref.scene.packed, ref.modelCommitment, ...ref.slots].map(String)
  } else {
    const ref = artCircuitInput(req.prompt, req.weights)
    input = ref.input
    pixels = ref.pixels
    words = ref.words
    expected = [ref.input.modelCommitment, ref.input.promptField, ...ref.input.words]
  }
  progress("witness", 0.2)
  const logger = {
    debug: (msg: string) => {
      const step = PROVE_STEPS.find(([prefix]) => String(msg).startsWith(prefix))
      if (step) progress("prove", step[1])
    },
    info: () => {},
    warn: () => {},
    error: () => {}
  }
  const { proof, publicSignals } = await snarkjs.groth16.fullProve(
    input,
    { type: "mem", data: wasm },
    { type: "mem", data: zkey },
    logger,
    undefined,
    req.singleThread ? { singleThread: true } : undefined
  )
  if (publicSignals.join() !== expected.join()) throw new MamoriError("The proof does not match the previewed image.", { code: "zk/signal-mismatch" })
  progress("verify", 0.97)
  // Verified locally before anything is minted.
  if (!(await snarkjs.groth16.verify(vkey, publicSignals, proof))) throw new MamoriError("The proof did not verify.", { code: "zk/proof-invalid" })
  progress("done", 1)
  post({
    kind: "result",
    id: req.id,
    pixels,
    words,
    publicSignals,
    proof,
    calldata: proofToSolidity(proof, publicSignals, expected.length),
    ...(scene === undefined ? {} : { scene }),
    verified: true,
    ms: Math.round(performance.now() - started)
  })
}

self.onmessage = (event: MessageEvent<ProveRequest>) => {
  const req = event.data
  if (req?.kind !== "prove") return
  prove(req).catch((error: unknown) =>
    post({
      kind: "error",
      id: req.id,
      code: error instanceof MamoriError ? error.code : "zk/prove-failed",
      message: errorMessage(error)
    })
  )
}
