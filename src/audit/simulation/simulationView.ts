/**
 * What the review shows of a simulation: the user's net outflows ("you give") and inflows ("you get") per
 * asset and counterparty, with amounts in the token's own units when its metadata is known (from the
 * built-in list, the user's list, or read from the chain).
 */
import { formatAmount } from "../decode/amount"
import type { Analysis } from "../decode/analysis"
import type { AssetMove, Decoded } from "../types"
import type { Effect } from "./types"

const MAX_ROWS = 50

/** The `decoded.simulation` block for `a`, or undefined when nothing was simulated. */
export function simulationView(a: Analysis): Decoded["simulation"] {
  const sim = a.ctx.facts.simulation
  if (!sim || typeof sim !== "object") return undefined
  if (sim.status !== "ok") return { status: sim.status, give: [], get: [] }
  const effects = a.simulation?.effects ?? []
  return {
    status: "ok",
    give: effects.filter((e) => e.type === "outflow").slice(0, MAX_ROWS).map((e) => move(a, e)),
    get: effects.filter((e) => e.type === "inflow").slice(0, MAX_ROWS).map((e) => move(a, e))
  }
}

function move(a: Analysis, e: Effect): AssetMove {
  if (e.type === "grant") return { kind: "unknown" }
  const fungible = e.kind === "native" || e.kind === "erc20" || e.kind === "erc1155"
  const info = e.kind === "native" ? a.ctx.token(undefined) : e.kind === "erc20" ? a.ctx.token(e.token) : undefined
  return {
    kind: e.kind, token: e.token, tokenId: e.tokenId,
    amount: fungible ? formatAmount(e.raw, info, e.kind === "erc1155" ? "copies" : "units") : undefined,
    ...(e.type === "outflow" ? { to: e.to } : { from: e.from })
  }
}
