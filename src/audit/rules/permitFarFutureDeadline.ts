/** Signed permits that stay valid for years (or forever, when the deadline was written in milliseconds). */
import type { Rule } from "./rule"
import { finding } from "./rule"
import { farFuture, label, standing, tokenLabel } from "./helpers"
import { describeDeadline } from "../decode/time"

export const permitFarFutureDeadline: Rule = {
  id: "permit-far-future-deadline",
  severity: "warning",
  description: "A signed permit whose deadline or expiration is more than a year away (or in milliseconds).",
  check(a) {
    return a.grants
      .filter((g) => g.via === "signature" && farFuture(a, g))
      .slice(0, 3)
      .map((g) => {
        const known = standing(a, g.spender) === "known" && !g.untilWasMs
        return finding(
          this,
          g.untilWasMs ? "Permit deadline written in milliseconds" : "Permit valid for years",
          `This signature lets ${label(a, g.spender)} use your ${tokenLabel(a, g.token)} until ${describeDeadline(g.until, g.untilWasMs)}.`,
          known ? "info" : "warning"
        )
      })
  }
}
