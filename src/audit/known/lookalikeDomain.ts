/**
 * Does a host imitate a well-known dapp's domain? Read the way a person reads it: Punycode labels decoded,
 * confusable characters folded to one skeleton (Cyrillic "а" and Latin "a", "rn" and "m", "1" and "l"), then
 * compared with the curated list in `dappDomains.ts`: the same name under another TLD, a one- or two-letter
 * misspelling, the brand plus a lure word (`-claim`, `-airdrop`, `-verify`…), the brand as a subdomain of
 * someone else's site, or the real domain used as a prefix (`uniswap.org.example.xyz`). The real domains and
 * their subdomains never match.
 */
import { decodePunycodeLabel } from "../normalize/punycode"
import { DAPP_DOMAINS, type DappDomain } from "./dappDomains"

/** Letters of other alphabets that render like Latin ones (a subset of Unicode TR39 confusables). */
const CONFUSABLE: Readonly<Record<string, string>> = {
  // Cyrillic
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  һ: "h",
  і: "i",
  ї: "i",
  ј: "j",
  к: "k",
  ӏ: "l",
  м: "m",
  н: "h",
  о: "o",
  п: "n",
  р: "p",
  с: "c",
  ԛ: "q",
  ѕ: "s",
  т: "t",
  у: "y",
  ԝ: "w",
  х: "x",
  ү: "y",
  ԁ: "d",
  ɡ: "g",
  ь: "b",
  // Greek
  α: "a",
  β: "b",
  γ: "y",
  ε: "e",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  η: "n",
  // Armenian
  ո: "n",
  ս: "u",
  օ: "o",
  ց: "g",
  հ: "h",
  // Latin look-alikes
  ı: "i",
  ȷ: "j",
  ɑ: "a",
  ɩ: "i",
  ℓ: "l",
  ʋ: "u",
  ɒ: "a",
  ƅ: "b",
  ɢ: "g"
}

export type LookalikeHow = "punycode" | "confusable" | "wrong-tld" | "misspelling" | "added-word" | "brand-in-name" | "brand-subdomain" | "domain-prefix"

export type Lookalike = { name: string; domain: string; how: LookalikeHow }

/** Words phishing sites add to a brand (from public phishing reports: claim pages, fake airdrops, "verify"). */
const LURE_WORDS = new Set([
  "claim",
  "claims",
  "airdrop",
  "airdrops",
  "drop",
  "verify",
  "verification",
  "validate",
  "reward",
  "rewards",
  "bonus",
  "gift",
  "free",
  "app",
  "apps",
  "dapp",
  "connect",
  "wallet",
  "migrate",
  "migration",
  "support",
  "help",
  "secure",
  "security",
  "official",
  "event",
  "events",
  "mint",
  "portal",
  "sync",
  "restore",
  "recover",
  "recovery",
  "unlock",
  "refund",
  "giveaway",
  "promo",
  "login",
  "auth"
])

/** Hosting suffixes where anyone can get a subdomain: the name before them is the registrable one. */
const SHARED_SUFFIXES = ["vercel.app", "netlify.app", "github.io", "pages.dev", "web.app", "firebaseapp.com", "herokuapp.com", "gitbook.io", "ipfs.io", "on.fleek.co"]
/** Two-level country suffixes (`example.co.uk`). */
const SECOND_LEVEL = new Set(["co", "com", "org", "net", "ac", "gov", "edu"])

type Brand = { entry: DappDomain; domain: string; label: string; skeleton: string }

const BRANDS: readonly Brand[] = DAPP_DOMAINS.flatMap((entry) =>
  entry.domains.map((domain) => {
    const label = domain.split(".").slice(0, -1).join(".")
    return { entry, domain, label, skeleton: skeleton(label) }
  })
)

/** Answers per host (a page sends many requests; the look-up folds Unicode, which is not free). */
const cache = new Map<string, Lookalike | null>()

/** The look-alike `host` imitates, or undefined (genuine domains, unrelated hosts, IPs and single labels). */
export function findLookalike(rawHost: string | undefined): Lookalike | undefined {
  if (!rawHost) return undefined
  const host = rawHost.toLowerCase().replace(/\.$/, "")
  const known = cache.get(host)
  if (known !== undefined) return known ?? undefined
  const found = lookup(host)
  if (cache.size >= 500) cache.delete(cache.keys().next().value as string)
  cache.set(host, found ?? null)
  return found
}

function lookup(host: string): Lookalike | undefined {
  if (!host.includes(".") || /^[\d.]+$/.test(host) || host.startsWith("[")) return undefined
  if (BRANDS.some((b) => host === b.domain || host.endsWith(`.${b.domain}`))) return undefined
  const labels = host.split(".")
  const unicode = labels.map((l) => decodePunycodeLabel(l) ?? l)
  const idn = labels.some((l) => l.startsWith("xn--"))
  const reg = registrableIndex(labels)
  const name = unicode[reg] ?? ""
  const nameSkeleton = skeleton(name)
  const parts = name.split("-")
  const partSkeletons = parts.map(skeleton)
  const subdomainSkeletons = unicode.slice(0, reg).map(skeleton)
  const found = (b: Brand, how: LookalikeHow): Lookalike => ({ name: b.entry.name, domain: b.domain, how })

  for (const b of BRANDS) {
    // The real domain written as the start of another one: uniswap.org.claim.xyz.
    if (host.startsWith(`${b.domain}.`) || host.includes(`.${b.domain}.`)) return found(b, "domain-prefix")
    if (nameSkeleton === b.skeleton) {
      if (name === b.label) {
        if (!isCommon(b)) return found(b, "wrong-tld")
      } else return found(b, idn ? "punycode" : "confusable")
    }
  }
  for (const b of BRANDS) {
    if (b.label.includes(".")) continue
    const common = isCommon(b)
    // The brand with a lure word, hyphenated or joined: uniswap-claim, app-uniswap, claimuniswap.
    const lures = common ? STRONG_LURES : LURE_WORDS
    if (partSkeletons.includes(b.skeleton) && parts.some((p) => lures.has(p))) return found(b, "added-word")
    const rest = nameSkeleton.startsWith(b.skeleton) ? nameSkeleton.slice(b.skeleton.length) : nameSkeleton.endsWith(b.skeleton) ? nameSkeleton.slice(0, -b.skeleton.length) : ""
    if (rest && (common ? STRONG_LURE_SKELETONS : LURE_SKELETONS).has(rest.replace(/^-|-$/g, ""))) return found(b, "added-word")
    if (common) continue
    // The brand as its own part of another name (uniswap-v4.com) or as a subdomain elsewhere (uniswap.example.app).
    if (b.label.length >= 5 && partSkeletons.length > 1 && partSkeletons.includes(b.skeleton)) return found(b, "brand-in-name")
    if (b.label.length >= 5 && subdomainSkeletons.includes(b.skeleton)) return found(b, "brand-subdomain")
    // A misspelling: one edit for names of 7+ letters, two for 11+ (shorter names collide with real words).
    if (b.label.length >= 7) {
      const d = editDistance(nameSkeleton, b.skeleton, 2)
      if (d > 0 && d <= (b.label.length >= 11 ? 2 : 1)) return found(b, "misspelling")
    }
  }
  return undefined
}

const LURE_SKELETONS = new Set([...LURE_WORDS].map(skeleton))
/** For brands that are ordinary words ("base-app" may be anything): only words no honest site adds. */
const STRONG_LURES = new Set([
  "claim",
  "claims",
  "airdrop",
  "airdrops",
  "verify",
  "verification",
  "reward",
  "rewards",
  "migrate",
  "migration",
  "refund",
  "giveaway",
  "recover",
  "recovery"
])
const STRONG_LURE_SKELETONS = new Set([...STRONG_LURES].map(skeleton))

/** A brand that is an ordinary word or very short: its name alone is not a signal (gmx.com is mail). */
function isCommon(b: Brand): boolean {
  return !!b.entry.generic || b.label.length <= 3
}

/** Index of the registrable label (the one before the public suffix). */
function registrableIndex(labels: string[]): number {
  const n = labels.length
  for (const suffix of SHARED_SUFFIXES) {
    const k = suffix.split(".").length
    if (n > k && labels.slice(n - k).join(".") === suffix) return n - k - 1
  }
  if (n >= 3 && labels[n - 1]!.length === 2 && SECOND_LEVEL.has(labels[n - 2]!)) return n - 3
  return n - 2
}

/**
 * One form for characters people confuse: NFKC (fullwidth), accents dropped, a small table of Cyrillic,
 * Greek and Armenian letters that render like Latin ones (from Unicode TR39 confusables), and ASCII pairs
 * (`rn`/`m`, `vv`/`w`, `0`/`o`, `1`/`l`/`i`).
 */
export function skeleton(text: string): string {
  let out = text.toLowerCase()
  // Most hosts are plain ASCII: only the ASCII pairs apply (Unicode folding costs ~20 µs a call).
  if (!/^[\x00-\x7f]*$/.test(out)) {
    const folded = text.normalize("NFKC").toLowerCase().normalize("NFD").replace(/\p{M}/gu, "")
    out = ""
    for (const ch of folded) out += CONFUSABLE[ch] ?? ch
  }
  return out.replace(/rn/g, "m").replace(/vv/g, "w").replace(/[1i|]/g, "l").replace(/0/g, "o")
}

/** Damerau (optimal string alignment) distance, giving up above `max`; three rolling rows (it runs per brand). */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const m = b.length
  let prev2 = new Int32Array(m + 1)
  let prev = new Int32Array(m + 1)
  let row = new Int32Array(m + 1)
  for (let j = 0; j <= m; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    row[0] = i
    let best = row[0]
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1)
      row[j] = v
      if (v < best) best = v
    }
    if (best > max) return max + 1
    ;[prev2, prev, row] = [prev, row, prev2]
  }
  return prev[m]!
}
