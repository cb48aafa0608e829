/**
 * What the review shows of a simulation: the user's net outflows ("you give") and inflows ("you get") per
 * asset and counterparty, with amounts in the token's own units when its metadata is known (from the
 * built-in list, the user's list, or read from the chain).
 */
import { formatAmount } from "../decode/amount"
import type { Analysis } from "../decode/analysis"
import type { AssetMove, Decoded } from "../types"
import type { SimulationReading } from "./types"

const MAX_ROWS = 50

/** The `decoded.simulation` block for `a`, or undefined when nothing was simulated. */
export function simulationView(a: Analysis): Decoded["simulation"] {
  const sim = a.ctx.facts.simulation
  if (!sim || typeof sim !== "object") return undefined
  if (sim.status !== "ok") return { status: sim.status, give: [], get: [] }
  const flows = a.simulation?.byCounterparty ?? []
  return {
    status: "ok",
    give: flows
      .filter((f) => f.raw < 0n)
      .slice(0, MAX_ROWS)
      .map((f) => move(a, f)),
    get: flows
      .filter((f) => f.raw > 0n)
      .slice(0, MAX_ROWS)
      .map((f) => move(a, f))
  }
}

function move(a: Analysis, f: SimulationReading["byCounterparty"][number]): AssetMove {
  const fungible = f.kind === "native" || f.kind === "erc20" || f.kind === "erc1155"
  const info = f.kind === "native" ? a.ctx.token(undefined) : f.kind === "erc20" ? a.ctx.token(f.token) : undefined
  const raw = f.raw < 0n ? -f.raw : f.raw
  return {
    kind: f.kind,
    token: f.token,
    tokenId: f.tokenId,
    amount: fungible ? formatAmount(raw, info, f.kind === "erc1155" ? "copies" : "units") : undefined,
    ...(f.raw < 0n ? { to: f.counterparty } : { from: f.counterparty })
  }
}
