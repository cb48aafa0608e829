import type { ReviewItem } from "~src/shield/reviewQueue"
import type { FeeEdit } from "~src/wallet/feeEdit"

/**
 * The Shield's two ports. The relay (a content script) opens one `REVIEW_PORT` per request and keeps it open
 * until the decision: if the frame navigates or closes, the port disconnects and the request is dropped. The
 * review window (an extension page) opens `WINDOW_PORT`; only it can answer.
 */
export const REVIEW_PORT = "mamori-shield-review"
export const WINDOW_PORT = "mamori-shield-window"
export const REVIEW_PAGE = "tabs/review.html"

export type RelayToBackground = {
  kind: "review"
  requestJson: string
  /** The page's eth_chainId answer: a hint that may only raise suspicion. */
  pageChainId?: string
  providerName?: string
  /** Page-supplied address of a same-origin child frame whose request the top frame carries. */
  frameHref?: string
}
export type NoticeKind = "timeout" | "error"
export type BackgroundToRelay = { kind: "queued" } | { kind: "decision"; allow: boolean; reason: string; notice?: NoticeKind }

export type WindowToBackground = { kind: "answer"; id: string; allow: boolean; fees?: FeeEdit }
export type BackgroundToWindow = { kind: "items"; items: ReviewItem[] }
