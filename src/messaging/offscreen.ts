import type { Hex } from "viem"
import type { SceneWeights } from "../art/scene/sceneModel"
import type { ArtWeights } from "../art/weights"
import { type ExtensionIdentity, identifyCaller, type SenderLike } from "./caller"

/** Service worker → offscreen document: prove this job's prompt (deduplicated by jobId there). */
export type OffscreenProveRequest = {
  mamoriOffscreen: "prove"
  jobId: string
  prompt: string
  weights?: ArtWeights
  /** "scene": prove with the scene circuit (custom scene weights in `sceneWeights`); absent: mamori-art-v1. */
  architecture?: "scene"
  sceneWeights?: SceneWeights
}
/** Offscreen → service worker, broadcast while proving (wakes a stopped service worker too). */
export type OffscreenProgress = { mamoriOffscreen: "progress"; jobId: string; stage: string; fraction: number }
/** Offscreen → service worker when a proof is ready (also broadcast, in case the requester died). */
export type OffscreenResult =
  | { mamoriOffscreen: "result"; jobId: string; ok: true; aigcData: Hex; proof: Hex; ms: number; pixels: number[] }
  | { mamoriOffscreen: "result"; jobId: string; ok: false; code: string; message: string }

export const OFFSCREEN_PATH = "tabs/offscreen.html"

/**
 * True when a message comes from this extension's offscreen document. Only that page may report proofs
 * and progress: a content script broadcasting a forged "result" must not reach a mint job.
 */
export function isFromOffscreenDocument(sender: SenderLike | undefined, extension: ExtensionIdentity): boolean {
  const caller = identifyCaller(sender, extension)
  return caller?.kind === "extension-page" && caller.url.split(/[?#]/)[0] === `${extension.origin}/${OFFSCREEN_PATH}`
}

/** True when a message comes from one of this extension's own contexts (the service worker asks for proofs). */
export function isFromExtension(sender: SenderLike | undefined, extension: ExtensionIdentity): boolean {
  return identifyCaller(sender, extension)?.kind === "extension-page"
}
