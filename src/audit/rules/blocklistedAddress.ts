/** Any counterparty on the user's blocklist. */
import type { Rule } from "./rule"
import { finding } from "./rule"
import { short } from "../normalize/hex"

export const blocklistedAddress: Rule = {
  id: "blocklisted-address",
  severity: "danger",
  description: "A spender, operator, recipient, contract or order party is on the blocklist.",
  check(a) {
    const seen = new Set<string>()
    const add = (x: string | undefined) => x && a.ctx.isBlockedAddress(x) && seen.add(x)
    a.grants.forEach((g) => add(g.spender))
    a.calls.forEach((c) => add(c.to))
    a.transfers.forEach((t) => add(t.to))
    a.orders.forEach((o) => o.otherRecipients.forEach(add))
    a.outputRecipients.forEach(add)
    a.delegations.forEach((d) => add(d.address))
    add(a.domain?.verifyingContract)
    return [...seen].slice(0, 5).map((x) => finding(this, "Known malicious address", `${short(x)} is on your blocklist of addresses used in scams.`))
  }
}
