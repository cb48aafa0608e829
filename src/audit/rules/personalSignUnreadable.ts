/** A personal_sign of bytes that are not text (and not a plain hash): unreadable. */
import type { Rule } from "./rule"
import { finding } from "./rule"

export const personalSignUnreadable: Rule = {
  id: "personal-sign-unreadable",
  severity: "warning",
  description: "personal_sign of binary data that is not readable text.",
  check(a) {
    if (a.req.kind !== "personal" || !a.message || a.message.printable || a.message.looksLikeHash) return []
    return [finding(this, "The message is not readable text", `You are asked to sign ${a.message.bytes} bytes of binary data. Ask the site what it is for before signing.`)]
  }
}
