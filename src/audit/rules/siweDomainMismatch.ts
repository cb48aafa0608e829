/** A Sign-In with Ethereum message for another site: a login harvested for someone else (EIP-4361). */
import { cap } from "../normalize/hex"
import type { Rule } from "./rule"
import { finding } from "./rule"

/** Host part of a SIWE domain (`example.com:3000` → `example.com`), in the same punycode form as origins. */
function hostOnly(domain: string): string {
  try {
    return new URL(`https://${domain}`).hostname.toLowerCase()
  } catch {
    return domain.replace(/:\d+$/, "").toLowerCase()
  }
}

export const siweDomainMismatch: Rule = {
  id: "siwe-domain-mismatch",
  severity: "danger",
  description: "A Sign-In with Ethereum message names a domain other than the requesting page.",
  check(a) {
    if (!a.siwe) return []
    if (!a.siwe.domain)
      return [
        finding(
          this,
          "Sign-in message without a readable domain",
          "This looks like a Sign-In with Ethereum message but its domain could not be read. It may be a login for another site.",
          "warning"
        )
      ]
    if (!a.req.originHost && a.req.origin) {
      // An origin we cannot parse cannot be the domain the message names.
      return [
        finding(
          this,
          "This sign-in is for another website",
          `The message logs you in to ${cap(a.siwe.domain, 80)}, but the request comes from ${JSON.stringify(cap(a.req.origin, 80))}.`
        )
      ]
    }
    if (!a.req.originHost)
      return [
        finding(
          this,
          "Sign-in: the requesting site is unknown",
          `The message logs you in to ${cap(a.siwe.domain, 80)}, but the page's origin was not given, so it could not be compared.`,
          "warning"
        )
      ]
    if (hostOnly(a.siwe.domain) === a.req.originHost) return []
    return [
      finding(
        this,
        "This sign-in is for another website",
        `The message logs you in to ${cap(a.siwe.domain, 80)}, but the request comes from ${cap(a.req.originHost, 80)}. A site asking you to sign in elsewhere can take over your account there.`
      )
    ]
  }
}
