/** The simulation's net flows and new grants in the shared effect model (`source: "simulation"`). */
import { isUnlimited } from "../decode/amount"
import type { Effect, GrantEffect } from "../effects/types"
import type { SimulatedGrant } from "../types"
import type { NetFlows } from "./netFlows"
import { toBig } from "./newGrants"

const VIA: Record<SimulatedGrant["kind"], string> = {
  "erc20-approve": "Approval event in the simulation",
  "nft-approve": "NFT Approval event in the simulation",
  "nft-operator": "ApprovalForAll event in the simulation",
  permit2: "Permit2 Approval event in the simulation"
}

/** Effects for `user`: net outflows (to each counterparty), net inflows, then grants. */
export function toEffects(flows: NetFlows, grants: readonly SimulatedGrant[], user: string): Effect[] {
  const effects: Effect[] = []
  for (const f of flows.byCounterparty) {
    const asset = { kind: f.kind, token: f.token, tokenId: f.tokenId }
    if (f.raw < 0n) effects.push({ type: "outflow", source: "simulation", via: "simulated transfer", asset, amount: (-f.raw).toString(), to: f.counterparty })
    else effects.push({ type: "inflow", source: "simulation", via: `simulated transfer from ${f.counterparty}`, asset, amount: f.raw.toString(), to: user })
  }
  for (const g of grants) effects.push(toGrantEffect(g))
  return effects
}

function toGrantEffect(g: SimulatedGrant): GrantEffect {
  const raw = toBig(g.raw)
  const nft = g.kind === "nft-operator" || g.kind === "nft-approve"
  return {
    type: "grant",
    source: "simulation",
    via: VIA[g.kind],
    power: g.kind === "nft-operator" ? "operator" : "allowance",
    to: g.spender,
    asset: { kind: nft ? "erc721" : "erc20", token: g.token, tokenId: g.tokenId },
    amount: nft ? undefined : raw?.toString(),
    unlimited: raw !== undefined && !nft ? isUnlimited(raw) : undefined,
    until: g.expiration
  }
}
