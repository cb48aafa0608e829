import type { Rule } from "./rule"
import { finding } from "./rule"

/** Same 4 leading and 4 trailing hex characters (what wallets show), different address. */
export function looksLike(x: string, y: string): boolean {
  return x !== y && x.slice(2, 6) === y.slice(2, 6) && x.slice(-4) === y.slice(-4)
}

export const addressPoisoning: Rule = {
  id: "address-poisoning",
  severity: "danger",
  description: "A recipient or spender looks like, but is not, an address from your recent history.",
  check(a) {
    // Attackers also mimic the user's own address, so it counts as history.
    const known = a.req.from ? [...a.ctx.history, a.req.from] : a.ctx.history
    if (known.length === 0) return []
    const targets = new Set<string>()
    a.transfers.forEach((t) => t.to && targets.add(t.to))
    a.grants.forEach((g) => targets.add(g.spender))
    const out = []
    for (const t of targets) {
      if (known.includes(t)) continue
      const twin = known.find((h) => looksLike(t, h))
      if (twin)
        out.push(finding(this, "Look-alike address", `You are sending to ${t}, which looks like ${twin} from your history but is a different address. Compare every character.`))
    }
    return out.slice(0, 2)
  }
}
