/** Allowances to a spender that is not a known contract (Rabby: unknown or new contract → warning). */
import type { Rule } from "./rule"
import { finding } from "./rule"
import { label, standing, tokenLabel } from "./helpers"

export const approvalUnknownSpender: Rule = {
  id: "approval-unknown-spender",
  severity: "warning",
  description: "An approval or permit to a spender that is not a known contract.",
  check(a) {
    const out = []
    for (const g of a.grants.slice(0, 20)) {
      if (g.kind === "nft-operator") continue
      const s = standing(a, g.spender)
      if (s === "known" || s === "eoa" || s === "blocked") continue
      // A bounded approval to a real, ordinary contract is everyday use: note it, do not alarm.
      const mild = s === "contract" && !g.unlimited && !g.huge
      out.push(
        finding(
          this,
          s === "tiny-contract" ? "Allowance to a tiny unknown contract" : "Allowance to an unknown spender",
          `${label(a, g.spender)} is not a contract the Shield knows${s === "unverified" ? " (no chain facts were available to check it)" : ""}. It could move your ${tokenLabel(a, g.token)}.`,
          mild ? "info" : "warning"
        )
      )
    }
    return out.slice(0, 5)
  }
}
