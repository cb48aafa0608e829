/**
 * Gathers the chain facts an analysis needs (counterparties, unknown tokens, a simulation) from the
 * injected provider or the RPC URL, in parallel, each bounded by a time-out; then the facts about what the
 * simulation touched, within the time the simulation had left. Failures become `problems`.
 */
import { errorMessage } from "../../errors/base"
import type { Analysis } from "../decode/analysis"
import type { AccountFacts, AuditContext, ChainFactsProvider, KnownFacts, TokenFacts } from "../types"
import { createRpcFactsProvider } from "./rpcFactsProvider"

const MAX_ADDRESSES = 8

/** Collects facts for `a`; never throws. Existing `context.facts` are kept and win. */
export async function gatherFacts(a: Analysis, context: AuditContext): Promise<KnownFacts> {
  const started = Date.now()
  const known = context.facts ?? {}
  const timeoutMs = typeof context.timeoutMs === "number" && context.timeoutMs > 0 ? Math.min(context.timeoutMs, 10_000) : 1500
  const provider: ChainFactsProvider = context.chainFacts ?? createRpcFactsProvider(String(context.rpcUrl), { timeoutMs })
  const problems = new Set<string>(Array.isArray(known.problems) ? known.problems : [])
  const accounts: Record<string, AccountFacts> = { ...(known.accounts ?? {}) }
  const tokens: Record<string, TokenFacts> = { ...(known.tokens ?? {}) }

  const wanted = new Set<string>()
  a.grants.forEach((g) => wanted.add(g.spender))
  a.calls.filter((c) => c.asUser && c.to).forEach((c) => wanted.add(c.to!))
  a.transfers.forEach((t) => t.to && wanted.add(t.to))
  a.orders.forEach((o) => o.otherRecipients.forEach((r) => wanted.add(r)))
  const addresses = [...wanted].filter((x) => !accounts[x] && !a.ctx.knownName(x)).slice(0, MAX_ADDRESSES)
  const tokenAddrs = [...new Set([...a.grants.map((g) => g.token), ...a.transfers.map((t) => t.token)])]
    .filter((t): t is string => !!t && !a.ctx.token(t) && !tokens[t])
    .slice(0, 4)

  const note = (error: unknown) => problems.add(errorMessage(error))
  const jobs: Promise<unknown>[] = []
  for (const addr of addresses) jobs.push(within(provider.getAccount(addr), timeoutMs).then((f) => void (accounts[addr] = f), note))
  if (provider.getToken) for (const t of tokenAddrs) jobs.push(within(provider.getToken(t), timeoutMs).then((f) => void (f && (tokens[t] = f)), note))
  let simulation = known.simulation
  const tx = a.req.kind === "tx" ? a.req.tx : undefined
  if (!simulation && tx && tx.to && provider.simulate) {
    const call = { from: a.req.from, to: tx.to, data: tx.data, value: `0x${tx.value.toString(16)}` }
    jobs.push(
      within(provider.simulate(call), timeoutMs * 2).then(
        (s) => void (simulation = s),
        (error) => void (simulation = { status: "failed", reason: errorMessage(error) })
      )
    )
  }
  await Promise.all(jobs)
  // Second round, only after a simulation: who the simulation's assets and rights went to, and what the
  // tokens are, within what is left of the simulation's time budget (a slow node never holds the review).
  const left = started + timeoutMs * 2 - Date.now()
  const sim = simulation as KnownFacts["simulation"]
  if (sim?.status === "ok" && sim.success) {
    const parties = new Set<string>()
    for (const c of sim.changes ?? []) [c.from, c.to].forEach((x) => parties.add(x))
    for (const g of sim.grants ?? []) parties.add(g.spender)
    const more = [...parties].filter((x) => x !== a.req.from && !/^0x0{40}$/.test(x) && !accounts[x] && !a.ctx.knownName(x)).slice(0, MAX_ADDRESSES)
    const moreTokens = [...new Set([...(sim.changes ?? []).map((c) => c.token), ...(sim.grants ?? []).map((g) => g.token)])]
      .filter((t): t is string => !!t && !a.ctx.token(t) && !tokens[t])
      .slice(0, 6)
    if (more.length || moreTokens.length) {
      if (left <= 0) problems.add("no time was left to read the simulation's counterparties")
      else {
        const second: Promise<unknown>[] = []
        for (const addr of more) second.push(within(provider.getAccount(addr), left).then((f) => void (accounts[addr] = f), note))
        if (provider.getToken) for (const t of moreTokens) second.push(within(provider.getToken(t), left).then((f) => void (f && (tokens[t] = f)), note))
        await Promise.all(second)
      }
    }
  }
  return { accounts, tokens, simulation, problems: [...problems].slice(0, 5) }
}

/** Rejects after `ms` so an injected provider cannot hang the audit either. */
function within<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e))
    )
  })
}
