/** A personal_sign whose message is a 32-byte hash: you cannot see what you approve. */
import type { Rule } from "./rule"
import { finding } from "./rule"

export const personalSignHash: Rule = {
  id: "personal-sign-hash",
  severity: "warning",
  description: "personal_sign of a 32-byte value that is a hash, not text.",
  check(a) {
    if (a.req.kind !== "personal" || !a.message?.looksLikeHash) return []
    return [finding(this, "You are asked to sign a hash", "The message is a 32-byte hash, not text. Only sign it if you know exactly which order or action it stands for.")]
  }
}
