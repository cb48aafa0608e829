/**
 * The phishing-permit shape: a signature (no transaction, no gas, nothing on-chain until used) granting
 * an unlimited or huge amount, for years, to a spender nobody knows.
 */
import type { Rule } from "./rule"
import { finding } from "./rule"
import { farFuture, label, standing, tokenLabel } from "./helpers"

export const permitOpenEndedUnknownSpender: Rule = {
  id: "permit-open-ended-unknown-spender",
  severity: "danger",
  description: "A signed permit for an unlimited/huge amount, valid for more than a year, to an unknown spender.",
  check(a) {
    return a.grants
      .filter((g) => g.via === "signature" && (g.unlimited || g.huge) && farFuture(a, g))
      .filter((g) => {
        const s = standing(a, g.spender)
        return s === "unverified" || s === "tiny-contract"
      })
      .slice(0, 3)
      .map((g) =>
        finding(
          this,
          `Open-ended permit for your ${tokenLabel(a, g.token)}`,
          `One signature would let ${label(a, g.spender)}, an unknown address, take all your ${tokenLabel(a, g.token)} at any time for years. Phishing sites collect exactly these signatures.`
        )
      )
  }
}
