// The offscreen document (reason WORKERS): an MV3 service worker cannot start Web Workers, so proofs run in
// a prover worker started here. Proofs are keyed by job id: a request repeated after the service worker
// restarted joins the running proof, and the result is broadcast so whichever worker is alive receives it.
import { thisExtension } from "~lib/thisExtension"
import { encodeAigcData, encodeProof } from "~src/chain/aigcData"
import { encodeSceneAigcData } from "~src/chain/sceneAigcData"
import { ARCHITECTURES } from "~src/studio/architecture"
import { errorMessage, MamoriError } from "~src/errors/base"
import { proveInWorker, type WorkerLike } from "~src/zk/worker/proveInWorker"

import { isFromExtension, type OffscreenProgress, type OffscreenProveRequest, type OffscreenResult } from "~src/messaging/offscreen"

import { startCpuLlmHost } from "../background/llm/offscreenCpuHost"

// The CPU language model (wllama) also lives here: it starts a Web Worker too.
startCpuLlmHost()

const running = new Map<string, Promise<OffscreenResult>>()
const finished = new Map<string, OffscreenResult>()

const broadcast = (m: OffscreenProgress | OffscreenResult) => chrome.runtime.sendMessage(m).catch(() => {})

async function prove(m: OffscreenProveRequest): Promise<OffscreenResult> {
  const { jobId, prompt, weights, sceneWeights } = m
  const architecture = m.architecture === "scene" ? "scene" : "art"
  const files = ARCHITECTURES[architecture]
  // The same worker bundle the integration tests and the zk benchmark run (scripts/lib/bundleProverWorker.mjs).
  const worker = new Worker(chrome.runtime.getURL("zk/proverWorker.js"))
  try {
    const { promise } = proveInWorker(
      worker as unknown as WorkerLike,
      {
        prompt,
        architecture,
        // Custom weights of the same architecture reuse the circuit and its proving key.
        ...(architecture === "art" && weights ? { weights } : {}),
        ...(architecture === "scene" && sceneWeights ? { sceneWeights } : {}),
        wasmUrl: chrome.runtime.getURL(files.wasm),
        zkeyUrl: chrome.runtime.getURL(files.zkey),
        vkeyUrl: chrome.runtime.getURL(files.vkey),
        // An offscreen document cannot rely on nested workers; snarkjs documents singleThread for extensions.
        singleThread: true
      },
      (stage, fraction) => void broadcast({ mamoriOffscreen: "progress", jobId, stage, fraction })
    )
    // The worker checked the public signals against the TypeScript reference of the model and verified the proof.
    const reply = await promise
    // Each architecture's aigcData as its contract rebuilds the public signals from it: the scene's signals are
    // [scene, modelCommitment, slots…] (slots come from the prompt on-chain), the pixels' [modelCommitment, …].
    const aigcData =
      architecture === "scene"
        ? encodeSceneAigcData({ modelCommitment: BigInt(reply.publicSignals[1]!), scene: BigInt(reply.publicSignals[0]!) })
        : encodeAigcData({ modelCommitment: BigInt(reply.publicSignals[0]!), words: reply.words })
    return {
      mamoriOffscreen: "result",
      jobId,
      ok: true,
      aigcData,
      proof: encodeProof(reply.calldata),
      ms: reply.ms,
      pixels: Array.from(reply.pixels)
    }
  } catch (error) {
    return { mamoriOffscreen: "result", jobId, ok: false, code: error instanceof MamoriError ? error.code : "zk/prove-failed", message: errorMessage(error) }
  } finally {
    worker.terminate()
  }
}

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  const m = message as OffscreenProveRequest
  if (m?.mamoriOffscreen !== "prove" || typeof m.jobId !== "string" || typeof m.prompt !== "string") return false
  // Only the extension's own contexts (the service worker) start proofs; content scripts cannot.
  if (!isFromExtension(sender, thisExtension())) return false
  const done = finished.get(m.jobId)
  if (done) {
    void broadcast(done)
  } else if (!running.has(m.jobId)) {
    const p = prove(m).then((result) => {
      running.delete(m.jobId)
      if (result.ok) finished.set(m.jobId, result)
      void broadcast(result)
      return result
    })
    running.set(m.jobId, p)
  }
  sendResponse({ accepted: true })
  return false
})

/** Nothing to show: this page only hosts the prover worker. */
export default function Offscreen() {
  return null
}
