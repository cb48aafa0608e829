import type { AuditResult } from "~src/audit/types"
import { errorMessage } from "~src/errors/base"
import type { ReviewItem } from "~src/shield/reviewQueue"

import { reviewRequest } from "../shield/reviewRequest"
import { closeReviewWindowIfEmpty, reviewQueue, showReviewWindow } from "../shield/reviewWindow"
import { decideHistory, rememberCounterparties } from "../shield/stores"
import { whileDocumentLives } from "./documentWatch"

import type { FeeEdit, FeeView } from "~src/wallet/feeEdit"

export type WindowAnswer = { allow: boolean; reason: string; verdict?: AuditResult["verdict"]; fees?: FeeEdit }

export type AskParameters = {
  origin: string
  tabId: number
  /** The asking page's document: when it goes away (navigated, closed), the request is rejected. */
  documentId?: string
  /** The exact request as it will be signed: reviewed, shown, and then signed from this same object. */
  request: { method: string; params?: unknown }
  /** The signing account and chain (the Shield's chain facts and simulation come from this chain's RPC). */
  from?: string
  chainId?: number
  /** A line shown above the review (what this request is, when Mamori itself made it). */
  note?: string
  /** What the window shows as the raw request when it is more than `request` (a batch with its filled transactions). */
  shown?: unknown
  /** For requests that are not signatures (connect, add a chain): a ready verdict instead of the Shield's audit. */
  outcome?: AuditResult
  /** A transaction's fees, editable in the window (the answer then carries the user's fees). */
  fees?: FeeView
}

/**
 * Shows one request of Mamori's own wallet in the Shield's review window and waits for the user's click. The
 * full Shield review (rules, chain facts, simulation) runs first; Continue stays disabled until its verdict is
 * shown, and a danger or unknown verdict needs the ticked confirmation (the window's own rules). The window's
 * answers are real input only; nothing the page does can answer it.
 */
export async function askInWindow(p: AskParameters): Promise<WindowAnswer> {
  const requestJson = JSON.stringify(p.shown ?? p.request)
  const item: ReviewItem = {
    id: crypto.randomUUID(),
    origin: p.origin,
    method: p.request.method,
    providerName: "Mamori wallet",
    requestJson,
    chainNote: p.note,
    ...(p.fees ? { fees: p.fees } : {})
  }
  let verdict: AuditResult["verdict"] | undefined
  let entryId: string | undefined
  let counterparties: string[] = []
  let unwatch = () => {}
  const answer = new Promise<WindowAnswer>((resolve) => {
    const added = reviewQueue.add(item, p.tabId, (d) => {
      unwatch()
      if (entryId) void decideHistory(entryId, d.allow ? "continued" : "rejected").catch(() => {})
      if (d.allow && counterparties.length) void rememberCounterparties(p.origin, counterparties).catch(() => {})
      resolve({ allow: d.allow, reason: d.reason, verdict, ...(d.fees ? { fees: d.fees } : {}) })
    })
    if (!added) resolve({ allow: false, reason: "too many requests from this page are waiting" })
    // The page went away before the click: the request is rejected (4001 to nobody) and the emptied window closed.
    else
      unwatch = whileDocumentLives(p.documentId, () => {
        if (reviewQueue.drop(item.id, "The page navigated away or closed before you answered, so the request was rejected.")) closeReviewWindowIfEmpty()
      })
  })
  void showReviewWindow()
  if (p.outcome) {
    verdict = p.outcome.verdict
    reviewQueue.update(item.id, { outcome: { ok: true, result: p.outcome } })
  } else {
    // The wallet's chain is named as the page's chain: with a chain id in the request itself, that one wins.
    reviewRequest({ request: p.request, origin: p.origin, pageChainId: p.chainId ? `0x${p.chainId.toString(16)}` : undefined, from: p.from }).then(
      (out) => {
        entryId = out.entryId
        counterparties = out.counterparties
        verdict = out.result?.verdict ?? "unknown"
        const error = out.policy === "pass" ? "Mamori is paused on this site, but its own wallet never signs unreviewed: read the raw request." : out.error
        reviewQueue.update(item.id, {
          outcome: out.result && out.policy !== "pass" ? { ok: true, result: out.result, auditMs: out.auditMs } : { ok: false, error: error ?? "no verdict" },
          chainNote: [p.note, out.chainNote].filter(Boolean).join(" · ") || undefined
        })
      },
      (e) => {
        verdict = "unknown"
        reviewQueue.update(item.id, { outcome: { ok: false, error: errorMessage(e) } })
      }
    )
  }
  return answer
}
