/**
 * The requesting page's domain imitates a well-known dapp's (Punycode homoglyphs, confusable letters, a
 * misspelling, the brand plus "-claim"/"-airdrop"/"-verify", the brand on another TLD or as a subdomain of
 * someone else's site). Curated list and matching: `known/dappDomains.ts`, `known/lookalikeDomain.ts`.
 *
 * Severity: a look-alike domain alone is a warning — a fan site or a lookup is not theft, and a name can
 * collide by chance. When the same request also moves assets, grants a right over them, delegates the account
 * (EIP-7702) or cannot be fully read, it is danger: that is exactly what a phishing copy of a dapp is for, and
 * the user believes they are on the real site, so every other "this looks normal" signal is worth nothing.
 */
import { findLookalike, type LookalikeHow } from "../known/lookalikeDomain"
import { cap } from "../normalize/hex"
import type { Analysis } from "../decode/analysis"
import type { Rule } from "./rule"
import { finding } from "./rule"

const HOW: Record<LookalikeHow, string> = {
  punycode: "uses look-alike letters from another alphabet (an internationalised domain)",
  confusable: "swaps letters for look-alike characters",
  "wrong-tld": "has the same name under another ending",
  misspelling: "is a misspelling",
  "added-word": "adds a lure word to the name",
  "brand-in-name": "uses the name inside another domain",
  "brand-subdomain": "uses the name as a subdomain of another site",
  "domain-prefix": "starts with the real domain but belongs to another site"
}

export const originLookalike: Rule = {
  id: "origin-lookalike",
  severity: "danger",
  description: "The requesting site's domain looks like a well-known dapp's domain but is not it.",
  check(a) {
    const match = findLookalike(a.req.originHost)
    if (!match) return []
    const host = cap(a.req.originHost ?? "", 80)
    const risky = movesOrGrants(a)
    return [
      finding(
        this,
        `This site is not ${match.name}: ${host} imitates ${match.domain}`,
        `The address of this page ${HOW[match.how]} of ${match.name} (${match.domain}). ${
          risky ? "Copies of well-known sites exist to take assets: this request moves or grants them." : "Check the address bar before you sign anything here."
        }`,
        risky ? "danger" : "warning"
      )
    ]
  }
}

/** True when the request moves or grants assets, delegates the account, or has pieces that could not be read. */
function movesOrGrants(a: Analysis): boolean {
  if (a.delegations.length > 0 || a.transfers.length > 0 || a.orders.length > 0) return true
  if (a.grants.some((g) => g.approved !== false)) return true
  return a.effects.some((e) => e.type === "outflow" || e.type === "unknown" || (e.type === "grant" && e.power !== "votes"))
}
