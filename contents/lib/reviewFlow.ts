import { askBackgroundWith } from "~lib/askBackground"
import type { GuardToRelay, RelayToGuard } from "~src/guard/channel"

import { ShieldOverlay } from "./overlay/ShieldOverlay"
import type { AuditOutcome } from "./overlay/renderReview"
import { streamExplanation } from "./explain"

/** How long the relay waits for the background's verdict before saying it could not check the request. */
const AUDIT_TIMEOUT_MS = 10_000

// A stopped or busy service worker becomes a visible error, not a hang.
const askBackground = askBackgroundWith({ timeoutMs: AUDIT_TIMEOUT_MS })

let overlay: ShieldOverlay | undefined

/**
 * One signing request from the guard: ask the background for the verdict and the site's policy, show the
 * review, and send the user's decision back. Whatever fails, the user sees it and nothing is forwarded
 * without a click (except on sites the user paused or trusted, as they chose).
 */
export async function handleReview(message: Extract<GuardToRelay, { kind: "review" }>, reply: (m: RelayToGuard) => void): Promise<void> {
  // The page's origin is not sent: the service worker takes it from Chromium's sender.
  const audit = askBackground("shield-audit", { request: message.request, href: message.href, chainId: message.chainId }).then((r) =>
    r.ok ? r.value : Promise.reject(new Error(r.error.message))
  )
  // A fast verdict decides whether the review is needed at all (paused site, safe request on a trusted site);
  // a slow one shows the review at once in its "checking" state.
  const early = await Promise.race([audit.catch(() => undefined), new Promise<undefined>((r) => setTimeout(r, 150))])
  if (early && early.policy !== "review") {
    reply({ kind: "decision", id: message.id, allow: true })
    return
  }
  const outcome: Promise<AuditOutcome> = audit.then((r) =>
    r.result ? { ok: true, result: r.result, entryId: r.entryId, auditMs: r.auditMs } : { ok: false, error: r.error ?? "no verdict", entryId: r.entryId }
  )
  overlay ??= new ShieldOverlay()
  const decision = await overlay.review(
    { origin: message.origin, method: message.request.method, providerName: message.providerName, request: message.request },
    outcome,
    (o, target) => void streamExplanation(o, target)
  )
  reply({ kind: "decision", id: message.id, allow: decision.allow, reason: decision.reason })
  const entryId = await outcome.then((o) => o.entryId).catch(() => undefined)
  if (entryId) void askBackground("shield-decision", { entryId, decision: decision.allow ? "continued" : "rejected" })
}
