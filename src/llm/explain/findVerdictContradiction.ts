import type { Verdict } from "../prompt/types"

// Phrases by which a model would tell the user the request is harmless or that they may go ahead.
// Negations ("not safe", "isn't harmless") do not match because a word sits between verb and adjective.
const SAFE_CLAIMS: readonly RegExp[] = [
  /\b(?:is|it's|looks|appears|seems|are|be)\s+(?:completely\s+|totally\s+|perfectly\s+|entirely\s+|100%\s+)?(?:safe|harmless|legit|legitimate|trustworthy|benign|fine|ok|okay)\b/i,
  /\bsafe\s+to\s+(?:sign|approve|continue|proceed|accept)\b/i,
  /\b(?:you\s+(?:can|may|should)|go\s+ahead\s+and|feel\s+free\s+to)\s+(?:safely\s+)?(?:sign|approve|continue|proceed|accept)\b/i,
  /\bno\s+(?:real\s+)?(?:risk|danger|threat|problem|concern)s?\b/i,
  /\bnothing\s+to\s+worry\b/i,
  /\b(?:ignore|disregard|dismiss)\s+(?:the|this|mamori'?s?)\s+(?:warning|verdict|alert)\b/i,
  /\bverdict\s+(?:is|was|should\s+be)\s+(?:wrong|mistaken|incorrect|a\s+false\s+positive|safe)\b/i,
  /\bfalse\s+(?:positive|alarm)\b/i
]

/**
 * Returns the phrase by which `sentence` contradicts a non-safe verdict (claims safety, invites the user
 * to sign, or disputes the verdict), or undefined. On a "safe" verdict nothing is a contradiction:
 * the model may add concerns, never remove them.
 */
export function findVerdictContradiction(sentence: string, verdict: Verdict): string | undefined {
  if (verdict === "safe") return undefined
  for (const pattern of SAFE_CLAIMS) {
    const match = pattern.exec(sentence)
    if (match) return match[0]
  }
  return undefined
}
