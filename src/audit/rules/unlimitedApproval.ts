/** Unlimited or huge allowances: the spender can take everything, now and later. */
import type { Rule } from "./rule"
import { finding } from "./rule"
import { label, standing, tokenLabel } from "./helpers"

export const unlimitedApproval: Rule = {
  id: "unlimited-approval",
  severity: "warning",
  description: "An approval or permit for an unlimited or huge amount (a note only when the spender is well known).",
  check(a) {
    return a.grants
      .filter((g) => g.kind !== "nft-operator" && (g.unlimited || g.huge))
      .slice(0, 5)
      .map((g) => {
        const known = standing(a, g.spender) === "known"
        const amount = g.unlimited ? "an unlimited amount" : "a huge amount"
        return finding(
          this,
          `${g.unlimited ? "Unlimited" : "Huge"} ${tokenLabel(a, g.token)} allowance`,
          `${label(a, g.spender)} could move ${amount} of your ${tokenLabel(a, g.token)}, not just what this action needs.${known ? " It is a well-known contract; consider a smaller amount." : ""}`,
          known ? "info" : "warning"
        )
      })
  }
}
