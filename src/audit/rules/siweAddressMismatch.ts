/** A sign-in message for a different account than the one signing. */
import { short } from "../normalize/hex"
import type { Rule } from "./rule"
import { finding } from "./rule"

export const siweAddressMismatch: Rule = {
  id: "siwe-address-mismatch",
  severity: "warning",
  description: "A Sign-In with Ethereum message names an account other than the signer.",
  check(a) {
    const addr = a.siwe?.address
    if (!addr || !a.req.from || addr === a.req.from) return []
    return [finding(this, "Sign-in names another account", `The message is for ${short(addr)} but would be signed by ${short(a.req.from)}.`)]
  }
}
