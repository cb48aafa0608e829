import type { SceneWeights } from "~src/art/scene/sceneModel"
import type { ArtWeights } from "~src/art/weights"
import type { MintProof } from "~src/jobs/types"
import { MintError } from "~src/jobs/errors"

import { OFFSCREEN_PATH, type OffscreenProgress, type OffscreenProveRequest, type OffscreenResult } from "~src/messaging/offscreen"

let creating: Promise<void> | null = null

/** Creates the offscreen document that hosts the prover worker, unless it is already open. */
export async function ensureOffscreen(): Promise<void> {
  const url = chrome.runtime.getURL(OFFSCREEN_PATH)
  const contexts = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT], documentUrls: [url] })
  if (contexts.length > 0) return
  creating ??= chrome.offscreen
    .createDocument({ url: OFFSCREEN_PATH, reasons: [chrome.offscreen.Reason.WORKERS], justification: "Prove art images with snarkjs in a Web Worker." })
    .catch((error: unknown) => {
      // Another start-up raced us to it.
      if (!/single offscreen|already/i.test(String((error as Error)?.message))) throw error
    })
    .finally(() => {
      creating = null
    })
  await creating
}

const progressListeners = new Map<string, (stage: string, fraction: number) => void>()
const resultListeners = new Map<string, (r: OffscreenResult) => void>()

/** Routes the offscreen document's broadcasts; registered once at service-worker start. */
export function onOffscreenMessage(message: unknown): void {
  const m = message as OffscreenProgress | OffscreenResult
  if (m?.mamoriOffscreen === "progress") progressListeners.get(m.jobId)?.(m.stage, m.fraction)
  else if (m?.mamoriOffscreen === "result") resultListeners.get(m.jobId)?.(m)
}

/**
 * Proves a job's prompt in the offscreen document. A second call for the same job (after the service worker
 * was stopped) joins the proof already running there instead of starting another.
 */
export async function proveInOffscreen(
  jobId: string,
  prompt: string,
  onProgress: (stage: string, fraction: number) => void,
  weights?: ArtWeights,
  /** Present: prove with the scene architecture (its custom weights when given). */
  scene?: { weights?: SceneWeights }
): Promise<MintProof> {
  await ensureOffscreen()
  progressListeners.set(jobId, onProgress)
  try {
    const result = await new Promise<OffscreenResult>((resolve, reject) => {
      resultListeners.set(jobId, resolve)
      const request: OffscreenProveRequest = {
        mamoriOffscreen: "prove",
        jobId,
        prompt,
        ...(weights ? { weights } : {}),
        ...(scene ? { architecture: "scene" as const, ...(scene.weights ? { sceneWeights: scene.weights } : {}) } : {})
      }
      // The reply is only an acknowledgement; the result arrives as a broadcast.
      chrome.runtime
        .sendMessage(request)
        .catch((error: unknown) => reject(new MintError("The prover page did not answer.", { code: "mint/prover-unreachable", retryable: true, cause: error })))
    })
    if (!result.ok) throw new MintError(`Proving failed: ${result.message}`, { code: result.code, retryable: true })
    return { aigcData: result.aigcData, proof: result.proof, ms: result.ms }
  } finally {
    progressListeners.delete(jobId)
    resultListeners.delete(jobId)
  }
}
