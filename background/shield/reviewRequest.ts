import { audit, VERDICT_RANK } from "~src/audit"
import type { AuditResult } from "~src/audit/types"
import { errorMessage } from "~src/errors/base"
import type { HistoryEntry } from "~src/shield/history"
import { chainOfRequest, chooseChains } from "~src/shield/requestChain"
import { chainsToJudge, userSetChains } from "~src/shield/settings"
import { sitePolicy, type Policy } from "~src/shield/sitePolicy"

import { addHistory, loadCounterparties, loadSettings } from "./stores"
import { walletMethodAudit } from "./walletMethodAudit"

export type ReviewInput = {
  request: { method: string; params?: unknown }
  origin: string
  pageChainId?: string
  /** The signing account, when Mamori's own wallet knows it (the guard does not). */
  from?: string
}
export type ReviewOutput = {
  entryId: string
  policy: Policy
  result?: AuditResult
  error?: string
  auditMs?: number
  /** Addresses the request deals with; remembered only if the user confirms it. */
  counterparties: string[]
  /** Why the chain judged on is not the page's answer, when it is not. */
  chainNote?: string
}

/**
 * Runs the Shield on one request with the user's settings (the RPC URL for its chain, the counterparties the
 * user confirmed before), records it in the activity history, and says whether it needs the user's click.
 * The chain comes from the request or from the chains the user configured; the page's eth_chainId answer can
 * only add suspicion (src/shield/requestChain.ts).
 */
export async function reviewRequest(input: ReviewInput): Promise<ReviewOutput> {
  const started = performance.now()
  const entryId = crypto.randomUUID()
  const [settings, history] = await Promise.all([loadSettings(), loadCounterparties()])
  const method = String(input.request.method)
  const choice = chooseChains(chainOfRequest(method, input.request.params), input.pageChainId, chainsToJudge(settings), userSetChains(settings))
  const base = { id: entryId, at: Date.now(), origin: input.origin, method, chainId: choice.chains[0] }

  if (sitePolicy(settings, input.origin) === "pass") {
    await addHistory({ ...base, verdict: "unknown", summary: "Not checked: Mamori is paused on this site.", findings: [], counterparties: [], decision: "passed" })
    return { entryId, policy: "pass", counterparties: [] }
  }

  let result: AuditResult | undefined
  let error: string | undefined
  try {
    // Chain and token changes and already-signed transactions have their own review (walletMethodAudit.ts).
    const own = await walletMethodAudit(method, input.request.params, input.origin, settings, history)
    if (own) {
      result = own.result
      if (own.chainId) base.chainId = own.chainId
    }
  } catch (e) {
    error = errorMessage(e)
  }
  if (!result && !error)
    try {
      // Judged on each candidate chain at once; the worst verdict counts.
      const results = await Promise.all(
        (choice.chains.length ? choice.chains : [undefined]).map((chainId) =>
          audit(
            { origin: input.origin, chainId, method, params: input.request.params, ...(input.from ? { from: input.from } : {}) },
            { rpcUrl: chainId ? settings.rpcUrls[chainId] : undefined, history, now: Date.now(), timeoutMs: 1500 }
          )
        )
      )
      result = results.reduce((worst, r) => (VERDICT_RANK[r.verdict] > VERDICT_RANK[worst.verdict] ? r : worst))
    } catch (e) {
      error = errorMessage(e)
    }
  const auditMs = Math.round(performance.now() - started)
  const policy = sitePolicy(settings, input.origin, result?.verdict)
  const counterparties = result ? counterpartiesOf(result) : []
  const entry: HistoryEntry = {
    ...base,
    verdict: result?.verdict ?? "unknown",
    summary: result?.summary ?? `Could not be checked: ${error}`,
    findings: (result?.findings ?? []).slice(0, 30).map((f) => ({ id: f.id, severity: f.severity, title: f.title })),
    counterparties,
    decision: policy === "continue" ? "auto-continued" : "pending",
    auditMs,
    error
  }
  await addHistory(entry)
  return { entryId, policy, result, error, auditMs, counterparties, chainNote: choice.note }
}

/** Addresses a request deals with: recipients, spenders, called contracts. */
function counterpartiesOf(result: AuditResult): string[] {
  const d = result.decoded
  const out = new Set<string>()
  for (const m of [...d.give, ...d.get]) if (m.to) out.add(m.to)
  for (const a of d.allowances) out.add(a.spender)
  for (const c of d.calls) if (c.to) out.add(c.to)
  return [...out]
    .filter((a) => /^0x[0-9a-fA-F]{40}$/.test(a))
    .map((a) => a.toLowerCase())
    .slice(0, 20)
}
