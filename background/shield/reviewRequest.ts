import { audit } from "~src/audit"
import type { AuditResult } from "~src/audit/types"
import { errorMessage } from "~src/errors/base"
import type { ShieldAuditResponse } from "~src/messaging/protocol"
import { recentCounterparties, type HistoryEntry } from "~src/shield/history"
import { chainKey } from "~src/shield/settings"
import { sitePolicy } from "~src/shield/sitePolicy"

import { addHistory, loadHistory, loadSettings } from "./stores"

export type ReviewInput = { request: { method: string; params?: unknown }; origin: string; chainId?: string }

/**
 * Runs the Shield on one request with the user's settings (the RPC URL for its chain, the local history for
 * look-alike addresses), records it in the activity history, and says whether it needs the user's click.
 */
export async function reviewRequest(input: ReviewInput): Promise<ShieldAuditResponse> {
  const started = performance.now()
  const entryId = crypto.randomUUID()
  const [settings, history] = await Promise.all([loadSettings(), loadHistory()])
  const base = { id: entryId, at: Date.now(), origin: input.origin, method: String(input.request.method), chainId: input.chainId }

  if (sitePolicy(settings, input.origin) === "pass") {
    await addHistory({ ...base, verdict: "unknown", summary: "Not checked: Mamori is paused on this site.", findings: [], counterparties: [], decision: "passed" })
    return { entryId, policy: "pass" }
  }

  const key = chainKey(input.chainId)
  let result: AuditResult | undefined
  let error: string | undefined
  try {
    result = await audit(
      { origin: input.origin, chainId: input.chainId, method: input.request.method, params: input.request.params },
      { rpcUrl: key ? settings.rpcUrls[key] : undefined, history: recentCounterparties(history), now: Date.now(), timeoutMs: 1500 }
    )
  } catch (e) {
    error = errorMessage(e)
  }
  const auditMs = Math.round(performance.now() - started)
  const policy = sitePolicy(settings, input.origin, result?.verdict)
  const entry: HistoryEntry = {
    ...base,
    verdict: result?.verdict ?? "unknown",
    summary: result?.summary ?? `Could not be checked: ${error}`,
    findings: (result?.findings ?? []).slice(0, 30).map((f) => ({ id: f.id, severity: f.severity, title: f.title })),
    counterparties: result ? counterpartiesOf(result) : [],
    decision: policy === "continue" ? "auto-continued" : "pending",
    auditMs,
    error
  }
  await addHistory(entry)
  return { entryId, policy, result, error, auditMs }
}

/** Addresses a request deals with: recipients, spenders, called contracts. */
function counterpartiesOf(result: AuditResult): string[] {
  const d = result.decoded
  const out = new Set<string>()
  for (const m of [...d.give, ...d.get]) if (m.to) out.add(m.to)
  for (const a of d.allowances) out.add(a.spender)
  for (const c of d.calls) if (c.to) out.add(c.to)
  return [...out].filter((a) => /^0x[0-9a-fA-F]{40}$/.test(a)).map((a) => a.toLowerCase()).slice(0, 20)
}
