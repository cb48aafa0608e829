/**
 * The simulation section of `npm run bench:audit` (also `npm run bench:sim` on its own): starts the Anvil
 * devnet, deploys the simulation corpus (test/fixtures/simulationCorpus.ts), and audits every case twice —
 * from the request and chain facts alone (no simulation), and with the simulation — then the time the
 * simulation adds per audit (uncached simulation vs the same audit without one, p50/p95).
 *
 * Scoring: recall = hostile cases judged `danger`; false positives = honest cases judged `danger` or
 * `warning` (`unknown` is reported, not counted); reverts must be a warning with the contract's reason.
 */
import { performance } from "node:perf_hooks"
import { audit } from "../../src/audit/audit"
import { clearSimulationCache, createRpcFactsProvider } from "../../src/audit/chain/rpcFactsProvider"
import type { AuditResult, ChainFactsProvider } from "../../src/audit/types"
import { buildCorpus, deployWorld, type SimCase } from "../../test/fixtures/simulationCorpus"
import { startChain } from "./chain"

export type SimScored = { c: SimCase; withSim: AuditResult; requestOnly: AuditResult }
export type SimFigures = {
  total: number
  hostile: number
  honest: number
  reverts: number
  caught: number
  recall: number
  falseAlarms: number
  fpRate: number
  honestUnknown: number
  revertsExplained: number
  /** Hostile cases the request-only audit called safe, and how many of them the simulation caught. */
  requestOnlySafe: number
  requestOnlySafeCaught: number
  requestOnlyCaught: number
  addedP50: number
  addedP95: number
  scored: SimScored[]
}

const NOW = () => Date.now()

/** The same chain facts without `simulate`: the request-only baseline. */
function withoutSimulation(p: ChainFactsProvider): ChainFactsProvider {
  return { getAccount: (a) => p.getAccount(a), getToken: p.getToken ? (t) => p.getToken!(t) : undefined }
}

/** Audits the corpus on `rpcUrl` and scores it. `rounds` timing rounds over the corpus. */
export async function scoreSimulationCorpus(rpcUrl: string, cases: SimCase[], rounds = 3): Promise<SimFigures> {
  const provider = createRpcFactsProvider(rpcUrl, { timeoutMs: 1500 })
  const bare = withoutSimulation(provider)
  const scored: SimScored[] = []
  for (const c of cases) {
    const requestOnly = await audit(c.request, { ...c.context, chainFacts: bare, now: NOW() })
    const withSim = await audit(c.request, { ...c.context, rpcUrl, now: NOW() })
    scored.push({ c, withSim, requestOnly })
  }
  const added: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      // Warm chain-fact caches on both sides, so the difference is the simulation and what it needs.
      clearSimulationCache()
      const t0 = performance.now()
      await audit(c.request, { ...c.context, chainFacts: bare, now: NOW() })
      const t1 = performance.now()
      await audit(c.request, { ...c.context, rpcUrl, now: NOW() })
      const t2 = performance.now()
      added.push(Math.max(0, t2 - t1 - (t1 - t0)))
    }
  }
  added.sort((a, b) => a - b)
  const pct = (p: number) => added[Math.min(added.length - 1, Math.floor(p * added.length))] ?? 0
  const hostile = scored.filter((s) => s.c.label === "hostile")
  const honest = scored.filter((s) => s.c.label === "honest")
  const reverts = scored.filter((s) => s.c.label === "reverts")
  const caught = hostile.filter((s) => s.withSim.verdict === "danger").length
  const falseAlarms = honest.filter((s) => s.withSim.verdict === "danger" || s.withSim.verdict === "warning").length
  const roSafe = hostile.filter((s) => s.requestOnly.verdict === "safe")
  return {
    total: scored.length,
    hostile: hostile.length,
    honest: honest.length,
    reverts: reverts.length,
    caught,
    recall: hostile.length ? caught / hostile.length : 0,
    falseAlarms,
    fpRate: honest.length ? falseAlarms / honest.length : 0,
    honestUnknown: honest.filter((s) => s.withSim.verdict === "unknown").length,
    revertsExplained: reverts.filter((s) => s.withSim.findings.some((f) => f.id === "simulation-reverts" && f.severity === "warning")).length,
    requestOnlySafe: roSafe.length,
    requestOnlySafeCaught: roSafe.filter((s) => s.withSim.verdict === "danger").length,
    requestOnlyCaught: hostile.filter((s) => s.requestOnly.verdict === "danger").length,
    addedP50: pct(0.5),
    addedP95: pct(0.95),
    scored
  }
}

/** Starts a devnet, deploys the corpus, scores it and prints the figures. */
export async function runSimulationBench(log: (line: string) => void = console.log): Promise<SimFigures> {
  const chain = await startChain()
  try {
    const world = await deployWorld(chain.rpcUrl)
    const cases = buildCorpus(world)
    const f = await scoreSimulationCorpus(chain.rpcUrl, cases)
    const pctText = (x: number) => `${(x * 100).toFixed(1).replace(/\.0$/, "")} %`
    for (const s of f.scored) {
      const missed = s.c.label === "hostile" && s.withSim.verdict !== "danger"
      const alarm = s.c.label === "honest" && (s.withSim.verdict === "danger" || s.withSim.verdict === "warning")
      if (missed || alarm) log(`${missed ? "missed hostile" : "false alarm"}: ${s.c.id} → ${s.withSim.verdict} (${s.withSim.findings.map((x) => x.id).join(", ")})`)
    }
    log(
      `simulation corpus: ${f.total} transactions on the ${chain.node} devnet (${f.hostile} hostile, ${f.honest} honest, ${f.reverts} reverting); honest judged unknown: ${f.honestUnknown}`
    )
    log(`request only (chain facts, no simulation): ${f.requestOnlyCaught}/${f.hostile} hostile judged danger, ${f.requestOnlySafe} judged safe`)
    log(`sim-recall-danger: ${pctText(f.recall)}`)
    log(`sim-fp-honest: ${pctText(f.fpRate)}`)
    log(`sim-request-only-safe-caught: ${f.requestOnlySafeCaught}/${f.requestOnlySafe} cases`)
    log(`sim-reverts-explained: ${f.revertsExplained}/${f.reverts} cases`)
    log(`sim-added-p50: ${f.addedP50.toFixed(1)} ms`)
    log(`sim-added-p95: ${f.addedP95.toFixed(1)} ms`)
    return f
  } finally {
    await chain.stop()
  }
}
