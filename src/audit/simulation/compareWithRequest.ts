/**
 * Where the request's own picture (its decoded transfers and grants) and the simulation disagree. The
 * simulation wins in the review; each disagreement is said, because a request that hides what it does is
 * itself a warning sign (a fee-on-transfer token, a "transfer" that pulls another token, a hidden approval).
 * Only requests whose every call was decoded are compared: an undecoded call claims nothing, and a protocol
 * call read only for its receiver (`PARTIAL_SELECTORS`) does not claim its every flow.
 */
import { PARTIAL_SELECTORS } from "../decode/abis"
import type { Analysis, Grant, Transfer } from "../decode/analysis"
import { short } from "../normalize/hex"
import type { NetFlows } from "./netFlows"
import type { SimulatedGrant } from "../types"

const MAX = 4

/** Sentences describing each disagreement, at most a few. */
export function compareWithRequest(a: Analysis, flows: NetFlows, grants: readonly SimulatedGrant[]): string[] {
  if (a.req.kind !== "tx" && a.req.kind !== "batch") return []
  if (!a.calls.filter((c) => c.asUser && c.depth === 0).every((c) => c.functionName || c.data === "0x")) return []
  // Protocol calls read only for their receiver (deposits, withdrawals, bridges) do not list every flow.
  if (a.calls.some((c) => c.asUser && c.selector !== undefined && PARTIAL_SELECTORS.has(c.selector))) return []
  const out: string[] = []
  const declared = a.transfers
  const outflows = flows.byCounterparty.filter((f) => f.raw < 0n)
  const label = (token: string | undefined, kind: string) =>
    kind === "native" ? (a.ctx.token(undefined)?.symbol ?? "native coin") : (a.ctx.token(token)?.symbol ?? `token ${short(token)}`)
  for (const t of declared) {
    // An ambiguous transferFrom (ERC-20 or ERC-721?) is checked by what the simulation saw it move.
    if (t.kind === "unknown") {
      if (!outflows.some((f) => f.token === t.token && f.counterparty === t.to))
        out.push(`The request moves ${label(t.token, "erc20")} to ${short(t.to)}; the simulation shows nothing of it leaving you.`)
      continue
    }
    const seen = outflows.filter((f) => f.kind === t.kind && f.token === t.token && f.counterparty === t.to && (t.tokenId === undefined || f.tokenId === t.tokenId))
    const moved = seen.reduce((s, f) => s - f.raw, 0n)
    const said = t.raw ?? (t.kind === "erc721" ? 1n : undefined)
    if (said !== undefined && moved !== said) {
      out.push(`The request sends ${said} (base units) of ${label(t.token, t.kind)} to ${short(t.to)}; the simulation moves ${moved}.`)
    }
  }
  for (const f of outflows) {
    if (declared.some((t) => sameAsset(t, f) && t.to === f.counterparty)) continue
    out.push(`The simulation also moves ${-f.raw} (base units) of ${label(f.token, f.kind)} from you to ${short(f.counterparty)}, which the request does not show.`)
  }
  for (const g of grants) {
    if (a.grants.some((d) => d.source !== "simulation" && sameGrant(d, g))) continue
    out.push(`The simulation gives ${short(g.spender)} a right over your ${label(g.token, "erc20")} that the request does not show.`)
  }
  return out.slice(0, MAX)
}

function sameAsset(t: Transfer, f: { kind: string; token?: string; tokenId?: string }): boolean {
  return (t.kind === f.kind || t.kind === "unknown") && t.token === f.token && (t.tokenId === undefined || f.tokenId === undefined || t.tokenId === f.tokenId)
}

function sameGrant(d: Grant, g: SimulatedGrant): boolean {
  if (d.spender !== g.spender) return false
  // Permit2 events name the underlying token; an ERC-20 approve names the token it is sent to.
  return d.token === g.token || (g.kind === "permit2" && d.kind === "permit2")
}
