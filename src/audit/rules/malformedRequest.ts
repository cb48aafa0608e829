/** A request the Shield could not read is never "safe": it says what was wrong. */
import type { Rule } from "./rule"
import { finding } from "./rule"

export const malformedRequest: Rule = {
  id: "malformed-request",
  severity: "unknown",
  description: "The request could not be read (wrong types, invalid hex, missing fields).",
  check(a) {
    if (a.req.kind === "unsupported") return []
    if (a.req.problems.length === 0) return []
    return [finding(this, "This request could not be fully read", `${a.req.problems.slice(0, 3).join("; ")}. Check the raw request before signing.`)]
  }
}
