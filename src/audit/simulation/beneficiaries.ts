/**
 * Who ends up with what leaves the user in a simulated transaction. The direct recipient is not always
 * the one who profits: a lending pool or a vault burns the user's receipt and pays a third party; a bridge
 * keeps the coins and records who is to receive them on the other side. So:
 * - a plain account that gains an asset is a beneficiary;
 * - a contract that gains an asset and whose own logs name only the user holds it for the user (a deposit);
 * - a contract whose logs name someone else makes that someone a beneficiary;
 * - a contract that records no one keeps the assets itself: it is the beneficiary.
 * Pure: reads the simulation reading and the chain facts in the analysis.
 */
import type { Analysis } from "../decode/analysis"
import type { SimulationReading } from "./types"

const ZERO = "0x0000000000000000000000000000000000000000"

export type Beneficiary = { address: string; via?: string }

/** The beneficiaries other than the user (at most a few), in the order found. */
export function beneficiaries(a: Analysis, r: SimulationReading): Beneficiary[] {
  const user = a.req.from
  const holders = new Set<string>()
  for (const f of r.byCounterparty) if (f.raw < 0n && f.counterparty !== ZERO) holders.add(f.counterparty)
  for (const g of r.gainers) holders.add(g.address)
  const out = new Map<string, Beneficiary>()
  for (const holder of holders) {
    if (holder === user) continue
    if (!isContract(a, r, holder)) {
      out.set(holder, { address: holder })
      continue
    }
    const named = [...(r.mentions.get(holder) ?? [])].filter((x) => x !== holder && x !== ZERO && !r.tokens.has(x))
    const others = named.filter((x) => x !== user)
    if (!named.length) out.set(holder, { address: holder })
    for (const other of others) if (!isContract(a, r, other)) out.set(other, { address: other, via: holder })
  }
  return [...out.values()].slice(0, 8)
}

/** A contract per chain facts, or an account that emitted logs in this transaction (plain accounts cannot). */
function isContract(a: Analysis, r: SimulationReading, address: string): boolean {
  const facts = a.ctx.facts.accounts?.[address]
  if (facts) return facts.isContract && !facts.delegatedTo
  return r.mentions.has(address)
}
