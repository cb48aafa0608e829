import type { GuardBridge } from "./bridge"
import { record, timeout } from "./intrinsics"
import type { TopReview } from "./topReview"
import type { Reviewer } from "./wrapProvider"

export type ReviewerContext = {
  bridge: GuardBridge
  /** The frame's address, read at request time (a page can navigate within a document). */
  href: () => string
  /** Names of providers announced through EIP-6963, for the review. */
  providerName?: (provider: object) => string | undefined
}

/** How long the relay has to confirm it received a request before the guard stops it (fails closed). */
export const RELAY_ACK_MS = 5_000

/**
 * The guard's reviewer: sends each signing request over the bridge and waits for the user's decision.
 * Fails closed: with no relay (or a bridge someone else tried to claim) the request is stopped, never forwarded
 * unseen; a request the relay does not acknowledge in time is stopped too. Pending decisions live in a
 * null-prototype record, reached only by this closure: a page's `Map.prototype.set` never sees them.
 */
export type JsonReview = (requestJson: string, info: { providerName?: string; pageChainId?: string; frameHref?: string }, decide: (allow: boolean, reason?: string) => void) => void

export function createReviewer(ctx: ReviewerContext): { review: Reviewer; reviewJson: JsonReview } {
  const pending = record<(allow: boolean, reason?: string) => void>()
  const received = record<true>()
  let counter = 0
  ctx.bridge.onMessage((message) => {
    if (message.kind === "received" && typeof message.id === "string") received[message.id] = true
    if (message.kind !== "decision" || typeof message.id !== "string") return
    const decide = pending[message.id]
    if (!decide) return
    delete pending[message.id]
    delete received[message.id]
    decide(message.allow === true, typeof message.reason === "string" ? message.reason : undefined)
  })

  const reviewJson: JsonReview = (requestJson, info, decide) => {
    if (!ctx.bridge.connected) {
      const reason = ctx.bridge.compromised
        ? "Something on this page tried to take Mamori's place, so Mamori stopped the request."
        : "Mamori could not show its review in this frame, so the request was stopped."
      return decide(false, reason)
    }
    const id = `r${counter++}-${(Math.random() * 1e9) | 0}`
    pending[id] = decide
    ctx.bridge.send({ kind: "review", id, requestJson, href: ctx.href(), pageChainId: info.pageChainId, providerName: info.providerName, frameHref: info.frameHref })
    timeout(() => {
      if (!pending[id] || received[id]) return
      delete pending[id]
      const reason = "Mamori's relay did not answer, so the request was stopped."
      ctx.bridge.send({ kind: "stopped", method: "signing", reason })
      decide(false, reason)
    }, RELAY_ACK_MS)
  }

  const review: Reviewer = (_request, json, provider, decide, walletChainId) => reviewJson(json, { pageChainId: walletChainId, providerName: ctx.providerName?.(provider) }, decide)
  return { review, reviewJson }
}

/** A reviewer for a same-origin child frame: the top frame's guard shows the review (see topReview.ts). */
export function createDelegatingReviewer(top: TopReview, ctx: Omit<ReviewerContext, "bridge">): Reviewer {
  return (_request, json, provider, decide, walletChainId) => top(json, { frameHref: ctx.href(), pageChainId: walletChainId, providerName: ctx.providerName?.(provider) }, decide)
}
