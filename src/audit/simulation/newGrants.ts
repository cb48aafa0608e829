/**
 * The rights a simulated transaction gives over the user's assets: `Approval`, `ApprovalForAll` and Permit2
 * events whose owner is the user, kept only when they create or raise a right. Tokens that emit `Approval`
 * when an allowance is spent (OpenZeppelin 4 did) would otherwise read as a new grant; the chain layer reads
 * the right as it stood before (`before`) so a decrease is told from a grant. When it could not, the event
 * counts as a grant (fail closed).
 */
import type { SimulatedGrant } from "../types"
import type { GrantEffect } from "./types"

/** New or larger rights of `user` (lower-case) among `grants`. */
export function newGrants(grants: readonly SimulatedGrant[], user: string): GrantEffect[] {
  const out = new Map<string, GrantEffect>()
  for (const g of grants) {
    if (g.owner !== user || g.spender === user) continue
    const raw = toBig(g.raw)
    if (g.kind === "nft-operator") {
      if (!g.approved || g.before?.approved === true) continue
    } else if (g.kind === "erc20-approve" || g.kind === "permit2") {
      if (raw === 0n) continue
      const before = toBig(g.before?.raw)
      if (raw !== undefined && before !== undefined && raw <= before) continue
    } else if (g.spender === "0x0000000000000000000000000000000000000000") continue
    // The last event for a token and spender is the right that stands after the transaction.
    out.set(`${g.kind}|${g.token}|${g.spender}|${g.tokenId ?? ""}`, {
      type: "grant", source: "simulation", kind: g.kind, token: g.token, spender: g.spender, raw, tokenId: g.tokenId, until: g.expiration
    })
  }
  return [...out.values()]
}

function toBig(v: string | undefined): bigint | undefined {
  if (v === undefined) return undefined
  try {
    return BigInt(v)
  } catch {
    return undefined
  }
}
