import type { GuardBridge } from "./bridge"
import { apply, NativePromise, onSettled, record, timeout } from "./intrinsics"
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
/** How long the guard waits for the wallet's eth_chainId answer (a hint only). */
const CHAIN_HINT_MS = 300

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

  const review: Reviewer = (_request, json, provider, decide) =>
    readChainHint(provider, (pageChainId) => reviewJson(json, { pageChainId, providerName: ctx.providerName?.(provider) }, decide))
  return { review, reviewJson }
}

/** A reviewer for a same-origin child frame: the top frame's guard shows the review (see topReview.ts). */
export function createDelegatingReviewer(top: TopReview, ctx: Omit<ReviewerContext, "bridge">): Reviewer {
  return (_request, json, provider, decide) =>
    readChainHint(provider, (pageChainId) => top(json, { frameHref: ctx.href(), pageChainId, providerName: ctx.providerName?.(provider) }, decide))
}

/**
 * The wallet's current chain, asked of the provider (a pass-through call the page can answer itself): sent as
 * a hint that can only raise suspicion, never as the chain the request is judged on.
 */
function readChainHint(provider: object, done: (chainId: string | undefined) => void): void {
  let finished = false
  const finish = (value: unknown) => {
    if (finished) return
    finished = true
    done(typeof value === "string" && value.length < 80 ? value : undefined)
  }
  timeout(() => finish(undefined), CHAIN_HINT_MS)
  try {
    const request = (provider as { request?: unknown }).request
    if (typeof request !== "function") return finish(undefined)
    const answer = apply(request as (a: unknown) => unknown, provider, [{ method: "eth_chainId" }])
    if (answer instanceof NativePromise) onSettled(answer as Promise<unknown>, finish, () => finish(undefined))
    else finish(answer)
  } catch {
    finish(undefined)
  }
}
