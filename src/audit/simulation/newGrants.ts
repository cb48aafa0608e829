/**
 * The rights a simulated transaction gives over the user's assets: `Approval`, `ApprovalForAll` and Permit2
 * events whose owner is the user, kept only when they create or raise a right. Tokens that emit `Approval`
 * when an allowance is spent (OpenZeppelin 4 did) would otherwise read as a new grant; the chain layer reads
 * the right as it stood before (`before`) so a decrease is told from a grant. When it could not, the event
 * counts as a grant (fail closed).
 */
import type { SimulatedGrant } from "../types"

const ZERO = "0x0000000000000000000000000000000000000000"

/** New or larger rights of `user` (lower-case) among `grants`; the last event per token and spender stands. */
export function newGrants(grants: readonly SimulatedGrant[], user: string): SimulatedGrant[] {
  const out = new Map<string, SimulatedGrant>()
  for (const g of grants) {
    if (g.owner !== user || g.spender === user) continue
    const key = `${g.kind}|${g.token}|${g.spender}|${g.tokenId ?? ""}`
    const raw = toBig(g.raw)
    let isNew = true
    if (g.kind === "nft-operator") isNew = g.approved === true && g.before?.approved !== true
    else if (g.kind === "erc20-approve" || g.kind === "permit2") {
      const before = toBig(g.before?.raw)
      isNew = raw !== 0n && !(raw !== undefined && before !== undefined && raw <= before)
    } else isNew = g.spender !== ZERO
    if (isNew) out.set(key, g)
    else out.delete(key)
  }
  return [...out.values()]
}

export function toBig(v: string | undefined): bigint | undefined {
  if (v === undefined) return undefined
  try {
    return BigInt(v)
  } catch {
    return undefined
  }
}
