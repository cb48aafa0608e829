// The offscreen document (reason WORKERS): an MV3 service worker cannot start Web Workers, so proofs run in
// a prover worker started here. Proofs are keyed by job id: a request repeated after the service worker
// restarted joins the running proof, and the result is broadcast so whichever worker is alive receives it.
import { encodeAigcData, encodeProof } from "~src/chain/aigcData"
import { errorMessage, MamoriError } from "~src/errors/base"
import { proveInWorker, type WorkerLike } from "~src/zk/worker/proveInWorker"

import type { OffscreenProgress, OffscreenProveRequest, OffscreenResult } from "../background/studio/offscreenProtocol"

const running = new Map<string, Promise<OffscreenResult>>()
const finished = new Map<string, OffscreenResult>()

const broadcast = (m: OffscreenProgress | OffscreenResult) => chrome.runtime.sendMessage(m).catch(() => {})

async function prove(jobId: string, prompt: string): Promise<OffscreenResult> {
  const worker = new Worker(new URL("../src/zk/worker/proverWorker.ts", import.meta.url), { type: "module" }) as unknown as WorkerLike
  try {
    const { promise } = proveInWorker(
      worker,
      {
        prompt,
        wasmUrl: chrome.runtime.getURL("assets/zk/art.wasm"),
        zkeyUrl: chrome.runtime.getURL("assets/zk/art_final.zkey"),
        vkeyUrl: chrome.runtime.getURL("assets/zk/verification_key.json"),
        singleThread: true
      },
      (stage, fraction) => void broadcast({ mamoriOffscreen: "progress", jobId, stage, fraction })
    )
    const r = await promise
    const modelCommitment = BigInt(r.publicSignals[0]!)
    return {
      mamoriOffscreen: "result",
      jobId,
      ok: true,
      aigcData: encodeAigcData({ modelCommitment, words: r.words }),
      proof: encodeProof(r.calldata),
      ms: r.ms,
      pixels: Array.from(r.pixels)
    }
  } catch (error) {
    return { mamoriOffscreen: "result", jobId, ok: false, code: error instanceof MamoriError ? error.code : "zk/prove-failed", message: errorMessage(error) }
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
