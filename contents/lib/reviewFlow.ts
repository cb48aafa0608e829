import type { GuardToRelay, RelayToGuard } from "~src/guard/channel"
import { REVIEW_PORT, type BackgroundToRelay, type RelayToBackground } from "~background/shield/reviewProtocol"

import { ShieldNotice } from "./notice/ShieldNotice"

/** How long the service worker has to say it queued the request before the relay gives up, visibly. */
const QUEUE_TIMEOUT_MS = 10_000

const notice = new ShieldNotice()

/**
 * One signing request from the guard: hand it to the service worker on its own port (the decision is taken in
 * the extension's review window) and pass the answer back. Whatever fails, the page gets 4001 and the notice
 * says why; nothing is forwarded without the user's click (except on sites the user paused or trusted).
 */
export function handleReview(message: Extract<GuardToRelay, { kind: "review" }>, reply: (m: RelayToGuard) => void): void {
  reply({ kind: "received", id: message.id })
  let method = "signing"
  try {
    method = String(JSON.parse(message.requestJson).method).slice(0, 40)
  } catch {
    // the service worker refuses it below
  }
  const clear = notice.waitingFor(method)
  let done = false
  const port = chrome.runtime.connect({ name: REVIEW_PORT })
  const finish = (allow: boolean, reason: string, failure?: string) => {
    if (done) return
    done = true
    clear()
    if (failure) notice.error(failure)
    reply({ kind: "decision", id: message.id, allow, reason })
    try {
      port.disconnect()
    } catch {
      // already gone
    }
  }
  const timer = setTimeout(
    () => finish(false, "Mamori's service worker did not answer, so the request was rejected.", "Mamori's service worker did not answer in time; the request was rejected."),
    QUEUE_TIMEOUT_MS
  )
  port.onMessage.addListener((m: BackgroundToRelay) => {
    if (m?.kind === "queued") clearTimeout(timer)
    if (m?.kind !== "decision") return
    clearTimeout(timer)
    const failure = m.notice === "timeout" ? "Nobody answered Mamori's review in time; the request was rejected." : m.notice === "error" ? m.reason : undefined
    finish(m.allow === true, m.reason, failure)
  })
  port.onDisconnect.addListener(() => finish(false, "Mamori's service worker stopped, so the request was rejected.", "Mamori's service worker stopped; the request was rejected."))
  port.postMessage({
    kind: "review",
    requestJson: message.requestJson,
    pageChainId: message.pageChainId,
    providerName: message.providerName,
    frameHref: message.frameHref
  } satisfies RelayToBackground)
}

/** A request the guard stopped by itself (too large, unreadable): the user sees why. */
export function showStopped(message: Extract<GuardToRelay, { kind: "stopped" }>): void {
  notice.error(`Mamori stopped a ${String(message.method).slice(0, 40)} request: ${String(message.reason).slice(0, 300)}`)
}

/** The page's wallet is out of the guard's reach (frozen where it cannot be swapped): said once per frame. */
let unguardedShown = false
export function showUnguarded(message: Extract<GuardToRelay, { kind: "unguarded" }>): void {
  if (unguardedShown) return
  unguardedShown = true
  notice.error(`Mamori: ${String(message.reason).slice(0, 300)}`)
}
