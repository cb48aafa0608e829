import { ZkProveError } from "../errors"
import type { ProveRequest, ProverMessage, ProveStage } from "./messages"

/** The slice of the Worker API the client needs (keeps src/ free of DOM types at the call site). */
export type WorkerLike = {
  postMessage(message: unknown): void
  terminate(): void
  onmessage: ((event: { data: unknown }) => void) | null
  onerror: ((event: unknown) => void) | null
}

export type ProveInWorkerResult = Extract<ProverMessage, { kind: "result" }>

/**
 * Sends one prove request to a prover worker. `cancel()` terminates the worker (the only way to stop
 * snarkjs mid-proof) and rejects the promise with code `zk/cancelled`; create a new worker afterwards.
 */
export function proveInWorker(
  worker: WorkerLike,
  request: Omit<ProveRequest, "kind" | "id">,
  onProgress?: (stage: ProveStage, fraction: number) => void
): { promise: Promise<ProveInWorkerResult>; cancel: () => void } {
  const id = Math.random().toString(36).slice(2)
  let reject!: (e: unknown) => void
  const promise = new Promise<ProveInWorkerResult>((resolve, rej) => {
    reject = rej
    worker.onmessage = (event) => {
      const m = event.data as ProverMessage
      if (m?.id !== id) return
      if (m.kind === "progress") onProgress?.(m.stage, m.fraction)
      else if (m.kind === "result") resolve(m)
      else if (m.kind === "error") rej(new ZkProveError(m.message, { code: m.code }))
    }
    worker.onerror = (e) => rej(new ZkProveError("The prover worker crashed.", { cause: e }))
  })
  worker.postMessage({ ...request, kind: "prove", id } satisfies ProveRequest)
  return {
    promise,
    cancel: () => {
      worker.terminate()
      reject(new ZkProveError("Proof cancelled.", { code: "zk/cancelled" }))
    }
  }
}
