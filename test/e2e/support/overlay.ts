/**
 * Answering Mamori's review as a user would. The decision is taken in the extension's own review window
 * (see reviewWindow.ts); these helpers keep the names the older tests used, and now act in that window.
 */
import type { Frame, Page } from "playwright-core"

import { clickContinue, clickReject, reviewText, waitForVerdict as verdictInWindow } from "./reviewWindow"

/** Waits until the review window shows a verdict (not "checking") and returns it. */
export function waitForVerdict(frame: Page | Frame, timeoutMs = 15_000): Promise<string> {
  return verdictInWindow(frame, timeoutMs)
}

/** The review window's text. */
export function overlayText(page: Page): Promise<string> {
  return reviewText(page)
}

/** Reject, with a real click in the review window. */
export async function pressReject(page: Page, _key?: "Enter" | "Escape"): Promise<void> {
  await clickReject(page)
}

/** Continue, with real clicks in the review window (ticking the confirmation on danger or unknown). */
export async function pressContinue(page: Page, _danger = false): Promise<void> {
  await clickContinue(page)
}
