import type { Hex } from "viem"

/** Service worker → offscreen document: prove this job's prompt (deduplicated by jobId there). */
export type OffscreenProveRequest = { mamoriOffscreen: "prove"; jobId: string; prompt: string }
/** Offscreen → service worker, broadcast while proving (wakes a stopped service worker too). */
export type OffscreenProgress = { mamoriOffscreen: "progress"; jobId: string; stage: string; fraction: number }
/** Offscreen → service worker when a proof is ready (also broadcast, in case the requester died). */
export type OffscreenResult =
  | { mamoriOffscreen: "result"; jobId: string; ok: true; aigcData: Hex; proof: Hex; ms: number; pixels: number[] }
  | { mamoriOffscreen: "result"; jobId: string; ok: false; code: string; message: string }

export const OFFSCREEN_PATH = "tabs/offscreen.html"
