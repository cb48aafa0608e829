/** Handing a contract you control to someone else: transferOwnership, admin changes, proxy upgrades. */
import { short } from "../normalize/hex"
import { partyOf } from "../effects/parties"
import type { GrantEffect } from "../effects/types"
import type { Rule } from "./rule"
import { finding } from "./rule"

export const ownershipTransfer: Rule = {
  id: "ownership-transfer",
  severity: "danger",
  description: "A contract you own or administer is handed to (or upgraded to code at) an address that is not known.",
  check(a) {
    const g = a.effects.find((e): e is GrantEffect => e.type === "grant" && e.power === "ownership")
    if (!g) return []
    const party = partyOf(a, g.to)
    if (party === "user") return []
    return [
      finding(
        this,
        "Hands over a contract you control",
        `${g.via} gives control of ${short(g.asset?.token)} to ${short(g.to)}. The new owner can do anything the owner can, for good.`,
        party === "known" ? "warning" : "danger"
      )
    ]
  }
}
