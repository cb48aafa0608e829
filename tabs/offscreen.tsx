// The offscreen document (reason WORKERS): an MV3 service worker cannot start Web Workers, so proofs run in
// a prover worker started here. Proofs are keyed by job id: a request repeated after the service worker
// restarted joins the running proof, and the result is broadcast so whichever worker is alive receives it.
import { encodeAigcData, encodeProof } from "~src/chain/aigcData"
import { errorMessage } from "~src/errors/base"
import { artCircuitInput } from "~src/zk/artCircuitInput"
import { proofToSolidity } from "~src/zk/proofToSolidity"

import { startCpuLlmHost } from "../background/llm/offscreenCpuHost"
import type { OffscreenProgress, OffscreenProveRequest, OffscreenResult } from "../background/studio/offscreenProtocol"

// The CPU language model (wllama) also lives here: it starts a Web Worker too.
startCpuLlmHost()

const running = new Map<string, Promise<OffscreenResult>>()
const finished = new Map<string, OffscreenResult>()

const broadcast = (m: OffscreenProgress | OffscreenResult) => chrome.runtime.sendMessage(m).catch(() => {})

type WorkerReply =
  | { kind: "progress"; id: string; stage: string; fraction: number }
  | { kind: "result"; id: string; proof: Parameters<typeof proofToSolidity>[0]; publicSignals: string[]; ms: number }
  | { kind: "error"; id: string; message: string }

async function prove(jobId: string, prompt: string): Promise<OffscreenResult> {
  // The witness input (and the expected public signals) come from the TypeScript reference of the model.
  const { input, pixels, words } = artCircuitInput(prompt)
  const worker = new Worker(chrome.runtime.getURL("zk/snarkjsProverWorker.js"))
  try {
    const reply = await new Promise<Extract<WorkerReply, { kind: "result" }>>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<WorkerReply>) => {
        const m = e.data
        if (m.kind === "progress") void broadcast({ mamoriOffscreen: "progress", jobId, stage: m.stage, fraction: m.fraction })
        else if (m.kind === "result") resolve(m)
        else reject(new Error(m.message))
      }
      worker.onerror = (e) => reject(new Error(e.message || "The prover worker crashed."))
      worker.postMessage({
        id: jobId,
        input,
        wasmUrl: chrome.runtime.getURL("assets/zk/art.wasm"),
        zkeyUrl: chrome.runtime.getURL("assets/zk/art_final.zkey"),
        vkeyUrl: chrome.runtime.getURL("assets/zk/verification_key.json")
      })
    })
    const expected = [input.modelCommitment, input.promptField, ...input.words]
    if (reply.publicSignals.join() !== expected.join()) throw new Error("The proof does not match the previewed image.")
    return {
      mamoriOffscreen: "result",
      jobId,
      ok: true,
      aigcData: encodeAigcData({ modelCommitment: BigInt(input.modelCommitment), words }),
      proof: encodeProof(proofToSolidity(reply.proof, reply.publicSignals)),
      ms: reply.ms,
      pixels: Array.from(pixels)
    }
  } catch (error) {
    return { mamoriOffscreen: "result", jobId, ok: false, code: "zk/prove-failed", message: errorMessage(error) }
  } finally {
    worker.terminate()
  }
}

chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  const m = message as OffscreenProveRequest
  if (m?.mamoriOffscreen !== "prove") return false
  const done = finished.get(m.jobId)
  if (done) {
    void broadcast(done)
  } else if (!running.has(m.jobId)) {
    const p = prove(m.jobId, m.prompt).then((result) => {
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
