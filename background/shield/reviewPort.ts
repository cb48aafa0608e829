import { errorMessage } from "~src/errors/base"
import type { QueueDecision, ReviewItem } from "~src/shield/reviewQueue"
import { sitePolicy } from "~src/shield/sitePolicy"

import { REVIEW_PORT, type BackgroundToRelay, type RelayToBackground } from "./reviewProtocol"
import { reviewRequest, type ReviewOutput } from "./reviewRequest"
import { reviewQueue, showReviewWindow } from "./reviewWindow"
import { decideHistory, loadSettings, rememberCounterparties } from "./stores"

/** Larger requests are refused (the guard stops them first, at 1,000,000 characters). */
const MAX_REQUEST_CHARS = 1_100_000
/** A fast verdict may skip the window (paused site, safe request on a trusted site); a slow one does not wait. */
const EARLY_VERDICT_MS = 150
const TOO_MANY = "Too many requests from this page are waiting for your answer, so this one was rejected."

/**
 * One signing request from a relay, on its own port: audit it, queue it in the review window, and answer with
 * the user's decision. The origin is Chromium's view of the sending frame, never a page-supplied one. If the
 * port disconnects (the frame navigated or closed) before the user answers, the request is dropped.
 */
export function startReviewPort(): void {
  chrome.runtime.onConnect.addListener((port) => {
    if (port.name !== REVIEW_PORT) return
    const sender = port.sender
    const tabId = sender?.tab?.id
    if (sender?.id !== chrome.runtime.id || tabId === undefined) {
      port.disconnect()
      return
    }
    let itemId: string | undefined
    let open = true
    let started = false
    const reply = (m: BackgroundToRelay) => {
      if (!open) return
      try {
        port.postMessage(m)
      } catch {
        open = false
      }
    }
    port.onDisconnect.addListener(() => {
      open = false
      if (itemId) reviewQueue.drop(itemId, "The page navigated away or closed before you answered, so the request was rejected.")
    })
    port.onMessage.addListener((m: RelayToBackground) => {
      if (started) return
      started = true
      void handle(m, sender, tabId, reply, (id) => (itemId = id)).catch((e) =>
        reply({ kind: "decision", allow: false, reason: `Mamori failed: ${errorMessage(e)}`, notice: "error" })
      )
    })
  })
}

async function handle(
  m: RelayToBackground,
  sender: chrome.runtime.MessageSender,
  tabId: number,
  reply: (m: BackgroundToRelay) => void,
  track: (id: string) => void
): Promise<void> {
  const request = parseRequest(m?.requestJson)
  if (!request) return reply({ kind: "decision", allow: false, reason: "Mamori could not read this request, so it was rejected.", notice: "error" })
  // A flood is refused before any work: no audit, no history entry for requests that can never be shown.
  // Requests still being checked hold a place, so a burst cannot slip past the bound.
  const inFlight = checking.get(tabId) ?? 0
  if (!reviewQueue.hasRoom(tabId, inFlight)) return reply({ kind: "decision", allow: false, reason: TOO_MANY, notice: "error" })
  checking.set(tabId, inFlight + 1)
  try {
    await queueRequest(m, request, sender, tabId, reply, track)
  } finally {
    const left = (checking.get(tabId) ?? 1) - 1
    if (left > 0) checking.set(tabId, left)
    else checking.delete(tabId)
  }
}

/** Requests per tab that are being checked and not yet queued. */
const checking = new Map<number, number>()

async function queueRequest(
  m: RelayToBackground,
  request: { method: string; params?: unknown },
  sender: chrome.runtime.MessageSender,
  tabId: number,
  reply: (m: BackgroundToRelay) => void,
  track: (id: string) => void
): Promise<void> {
  const origin = originOf(sender)
  const str = (v: unknown, n: number) => (typeof v === "string" ? v.slice(0, n) : undefined)
  // Chromium's address of the frame when it is not the top one; a same-origin child's own (page-supplied) address otherwise.
  const frameHref = sender.frameId ? str(sender.url, 500) : str(m.frameHref, 500)
  const item: ReviewItem = { id: crypto.randomUUID(), origin, frameHref, method: request.method, providerName: str(m.providerName, 64), requestJson: m.requestJson }

  const audit = reviewRequest({ request, origin, pageChainId: str(m.pageChainId, 80) })
  // Only a paused or trusted site may skip the window, so only there is the verdict waited for; everywhere else
  // the window shows the request at once and the verdict follows.
  if (sitePolicy(await loadSettings(), origin, "safe") !== "review") {
    const early = await Promise.race([audit.catch(() => undefined), new Promise<undefined>((r) => setTimeout(r, EARLY_VERDICT_MS))])
    if (early && early.policy !== "review")
      return reply({ kind: "decision", allow: true, reason: early.policy === "pass" ? "Mamori is paused on this site." : "Trusted site, safe request." })
  }

  let output: ReviewOutput | undefined
  const decide = (d: QueueDecision) => {
    reply({ kind: "decision", allow: d.allow, reason: d.reason, notice: d.timedOut ? "timeout" : undefined })
    if (output?.entryId) void decideHistory(output.entryId, d.allow ? "continued" : "rejected").catch(() => {})
    // Only a click in the window makes an address a known counterparty (see src/shield/counterparties.ts).
    if (d.allow && output?.counterparties.length) void rememberCounterparties(origin, output.counterparties).catch(() => {})
  }
  if (!reviewQueue.add(item, tabId, decide)) return reply({ kind: "decision", allow: false, reason: TOO_MANY, notice: "error" })
  track(item.id)
  reply({ kind: "queued" })
  void showReviewWindow()
  audit.then(
    (out) => {
      output = out
      reviewQueue.update(item.id, {
        outcome: out.result ? { ok: true, result: out.result, auditMs: out.auditMs } : { ok: false, error: out.error ?? "no verdict" },
        chainNote: out.chainNote
      })
    },
    (e) => reviewQueue.update(item.id, { outcome: { ok: false, error: errorMessage(e) } })
  )
}

function parseRequest(json: unknown): { method: string; params?: unknown } | undefined {
  if (typeof json !== "string" || json.length > MAX_REQUEST_CHARS) return undefined
  try {
    const r = JSON.parse(json)
    return r && typeof r === "object" && typeof r.method === "string" ? r : undefined
  } catch {
    return undefined
  }
}

/** The sending frame's origin as Chromium sees it; an opaque (data:, blob:, sandboxed) frame is named by its tab. */
function originOf(sender: chrome.runtime.MessageSender): string {
  const origin = sender.origin
  if (origin && origin !== "null") return origin
  let tab = "an unknown page"
  try {
    if (sender.tab?.url) tab = new URL(sender.tab.url).origin
  } catch {
    // keep the fallback
  }
  return `null (an opaque frame inside ${tab})`
}
