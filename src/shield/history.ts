/** The Shield's activity history: one compact entry per reviewed request, newest first, at most 500. */
export const HISTORY_LIMIT = 500

export type Decision = "continued" | "rejected" | "auto-continued" | "passed" | "pending"

export type HistoryEntry = {
  id: string
  /** Unix ms when the request arrived. */
  at: number
  origin: string
  method: string
  chainId?: string
  verdict: "danger" | "warning" | "safe" | "unknown"
  summary: string
  findings: { id: string; severity: string; title: string }[]
  /** Addresses the request deals with (recipients, spenders): the local history address poisoning is checked against. */
  counterparties: string[]
  decision: Decision
  decidedAt?: number
  /** Milliseconds from the request reaching the background to the verdict being ready. */
  auditMs?: number
  error?: string
}

/** Adds an entry at the front and drops the oldest beyond the limit. Pure: returns a new array. */
export function appendHistory(history: readonly HistoryEntry[], entry: HistoryEntry, limit = HISTORY_LIMIT): HistoryEntry[] {
  return [entry, ...history.filter((e) => e.id !== entry.id)].slice(0, limit)
}

/** Records the user's decision on an entry. Unknown ids leave the history as it was. */
export function recordDecision(history: readonly HistoryEntry[], id: string, decision: Decision, at: number): HistoryEntry[] {
  return history.map((e) => (e.id === id ? { ...e, decision, decidedAt: at } : e))
}

/** Counterparties the user dealt with recently and went ahead with: the reference set for look-alike checks. */
export function recentCounterparties(history: readonly HistoryEntry[], max = 200): string[] {
  const out = new Set<string>()
  for (const e of history) {
    if (e.decision !== "continued" && e.decision !== "auto-continued" && e.decision !== "passed") continue
    for (const a of e.counterparties) if (out.size < max) out.add(a.toLowerCase())
  }
  return [...out]
}
