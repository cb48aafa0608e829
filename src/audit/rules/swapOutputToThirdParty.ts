/** A swap whose output goes to someone other than you. */
import { short } from "../normalize/hex"
import type { Rule } from "./rule"
import { finding } from "./rule"

export const swapOutputToThirdParty: Rule = {
  id: "swap-output-to-third-party",
  severity: "warning",
  description: "A router swap, sweep or transfer step sends its output to an address other than the user.",
  check(a) {
    if (a.outputRecipients.length === 0) return []
    return [finding(this, "Swap output goes to someone else", `What you buy goes to ${a.outputRecipients.slice(0, 2).map(short).join(", ")}, not to your account.`)]
  }
}
