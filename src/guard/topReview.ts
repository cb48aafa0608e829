import { defineProperty, freeze, jsonParse } from "./intrinsics"
import { MAX_REQUEST_CHARS } from "./copyRequest"

/**
 * Same-origin child frames ask the top frame's guard to review their requests.
 *
 * Why: a parent page can reach a same-origin child window before Mamori's scripts run in it (the iframe's
 * initial about:blank window is kept when it navigates to a same-origin address, with the listeners and
 * patched built-ins the parent put there). A channel set up inside such a window could be read by the parent.
 * The top frame's guard ran before any page script of the top document, so its channel is clean; the child
 * hands it the request's JSON and gets back only a yes or no.
 */
export const TOP_REVIEW_KEY = "__mamoriShieldReviewFromFrame"

export type FrameReviewInfo = { frameHref: string; providerName?: string; pageChainId?: string }
export type TopReview = (requestJson: string, info: FrameReviewInfo, decide: (allow: boolean, reason?: string) => void) => void

/** Exposes the top frame's review entry point: non-writable, non-configurable, frozen. */
export function exposeTopReview(win: object, review: TopReview): void {
  const entry: TopReview = (requestJson, info, decide) => {
    const answer = (allow: boolean, reason?: string) => {
      if (typeof decide === "function") decide(allow === true, typeof reason === "string" ? reason : undefined)
    }
    if (typeof requestJson !== "string" || requestJson.length > MAX_REQUEST_CHARS) return answer(false, "Mamori could not read this request, so it was stopped.")
    try {
      const request = jsonParse(requestJson) as { method?: unknown }
      if (!request || typeof request.method !== "string") return answer(false, "Mamori could not read this request, so it was stopped.")
    } catch {
      return answer(false, "Mamori could not read this request, so it was stopped.")
    }
    const str = (v: unknown, n: number) => (typeof v === "string" && v.length <= n ? v : undefined)
    review(requestJson, { frameHref: str(info?.frameHref, 2000) ?? "", providerName: str(info?.providerName, 64), pageChainId: str(info?.pageChainId, 80) }, answer)
  }
  try {
    defineProperty(win, TOP_REVIEW_KEY, { value: freeze(entry), enumerable: false, configurable: false, writable: false })
  } catch {
    // Already defined (the guard ran twice): the first definition stays.
  }
}

/** The top frame's review entry point when this is a same-origin child frame of a guarded top; else undefined. */
export function findTopReview(win: { top: unknown }): TopReview | undefined {
  try {
    const top = win.top as Record<string, unknown> | null
    if (!top || top === (win as unknown)) return undefined
    const entry = top[TOP_REVIEW_KEY]
    return typeof entry === "function" ? (entry as TopReview) : undefined
  } catch {
    // A cross-origin top: its properties cannot be read, and it could not have reached this window either.
    return undefined
  }
}
