/**
 * Turns a successful simulation into effects on the user's assets, merges its grants into the analysis
 * (so the grant rules judge a simulated approval exactly like a decoded one, and a decoded grant takes the
 * simulated amount: the simulation wins) and records where the request and the simulation disagree.
 * Pure; called by `analyzeRequest` once chain facts are in.
 */
import { isHuge, isUnlimited } from "../decode/amount"
import type { Analysis, Grant } from "../decode/analysis"
import type { SimulatedGrant } from "../types"
import { compareWithRequest } from "./compareWithRequest"
import { netFlows } from "./netFlows"
import { newGrants, toBig } from "./newGrants"
import { toEffects } from "./toEffects"
import type { SimulationReading } from "./types"

/** Reads `a.ctx.facts.simulation`; undefined unless it ran and succeeded. */
export function readSimulation(a: Analysis): SimulationReading | undefined {
  const sim = a.ctx.facts.simulation
  const user = a.req.from
  if (!sim || typeof sim !== "object" || sim.status !== "ok" || !sim.success || !user) return undefined
  const changes = Array.isArray(sim.changes) ? sim.changes.slice(0, 300) : []
  const flows = netFlows(changes, user)
  const grants = newGrants(Array.isArray(sim.grants) ? sim.grants.slice(0, 100) : [], user)
  const mentions = new Map<string, Set<string>>()
  for (const m of Array.isArray(sim.mentions) ? sim.mentions.slice(0, 100) : []) {
    if (typeof m?.emitter === "string" && Array.isArray(m.addresses)) mentions.set(m.emitter, new Set(m.addresses.filter((x) => typeof x === "string")))
  }
  const tokens = new Set(changes.map((c) => c.token).filter((t): t is string => !!t))
  for (const t of tokens) if (!mentions.has(t)) mentions.set(t, new Set())
  const disagreements = compareWithRequest(a, flows, grants)
  mergeGrants(a, grants)
  return {
    effects: toEffects(flows, grants, user),
    byCounterparty: flows.byCounterparty,
    netByAsset: flows.byAsset,
    gainers: flows.gainers,
    grants,
    tokens,
    mentions,
    disagreements
  }
}

/** Adds simulated grants to `a.grants`; a decoded grant for the same token and spender takes the simulated amount. */
function mergeGrants(a: Analysis, grants: readonly SimulatedGrant[]): void {
  for (const g of grants) {
    const raw = g.kind === "nft-approve" || g.kind === "nft-operator" ? undefined : toBig(g.raw)
    const decimals = a.ctx.token(g.token)?.decimals
    const decoded = a.grants.find((d) => d.spender === g.spender && (d.token === g.token || (g.kind === "permit2" && d.kind === "permit2")))
    if (decoded) {
      if (raw !== undefined && decoded.kind !== "nft-operator") Object.assign(decoded, { raw, unlimited: isUnlimited(raw), huge: isHuge(raw, decimals) })
      continue
    }
    const grant: Grant = {
      kind: g.kind === "nft-approve" ? "erc20-approve" : g.kind,
      via: "transaction",
      source: "simulation",
      token: g.token,
      spender: g.spender,
      raw,
      unlimited: raw !== undefined && isUnlimited(raw),
      huge: raw !== undefined && isHuge(raw, decimals),
      until: g.expiration,
      approved: g.kind === "nft-operator" ? true : undefined,
      inBatch: false
    }
    a.grants.push(grant)
  }
}
