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

/** Two-letter second-level labels under country codes (`co.uk`, `com.au`): the site is one label deeper. */
const SECOND_LEVEL = /^(co|com|net|org|gov|edu|ac)$/

/** Shared hosting where anyone can have a subdomain (public-suffix entries): the site is one label deeper. */
const SHARED_HOSTS = new Set([
  "github.io",
  "vercel.app",
  "netlify.app",
  "pages.dev",
  "web.app",
  "firebaseapp.com",
  "herokuapp.com",
  "workers.dev",
  "fleek.co",
  "ipfs.io",
  "eth.limo",
  "eth.link",
  "onrender.com",
  "replit.app",
  "glitch.me",
  "gitbook.io",
  "azurewebsites.net",
  "cloudfront.net",
  "amplifyapp.com",
  "webflow.io",
  "wixsite.com",
  "framer.app",
  "surge.sh"
])

/** The registrable part of a host (`app.galxe.com` → `galxe.com`, `x.co.uk` → `x.co.uk`), approximately. */
function site(host: string): string {
  const labels = host.split(".")
  const last2 = labels.slice(-2).join(".")
  const keep = labels.length >= 3 && (SHARED_HOSTS.has(last2) || (SECOND_LEVEL.test(labels[labels.length - 2]) && labels[labels.length - 1].length === 2)) ? 3 : 2
  return labels.slice(-keep).join(".")
}

/**
 * The page may ask for a login to its own site: the same host, its parent or a subdomain of it within the
 * registered site (`galxe.com` asked by `app.galxe.com` — only the site's owner serves its subdomains). A message whose
 * "domain" is a bare name, not a host (Farcaster's "Farcaster wants you to sign in"), is judged by its URI.
 */
function sameSite(domain: string, uri: string | undefined, originHost: string): boolean {
  const host = hostOnly(domain)
  if (host.includes(".")) return related(host, originHost)
  if (!uri) return false
  try {
    return related(new URL(uri).hostname.toLowerCase(), originHost)
  } catch {
    return false
  }
}

/** Equal, or one is a subdomain of the other and the shorter is at least the registered site. */
function related(x: string, y: string): boolean {
  if (x === y) return true
  const [short, long] = x.length < y.length ? [x, y] : [y, x]
  return long.endsWith(`.${short}`) && short.split(".").length >= site(long).split(".").length
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
    if (sameSite(a.siwe.domain, a.siwe.uri, a.req.originHost)) return []
    return [
      finding(
        this,
        "This sign-in is for another website",
        `The message logs you in to ${cap(a.siwe.domain, 80)}, but the request comes from ${cap(a.req.originHost, 80)}. A site asking you to sign in elsewhere can take over your account there.`
      )
    ]
  }
}
