import { domainToASCII, domainToUnicode } from "node:url"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

import { decodePunycodeLabel } from "../normalize/punycode"
import { DAPP_DOMAINS } from "./dappDomains"
import { findLookalike, skeleton } from "./lookalikeDomain"

/** A host as the Shield sees it: parsed by URL, so Unicode comes in Punycode form. */
const host = (h: string) => new URL(`https://${h}`).hostname
const how = (h: string) => findLookalike(host(h))?.how
const ALL_DOMAINS = DAPP_DOMAINS.flatMap((d) => d.domains)

describe("the curated dapp list", () => {
  it("has at least 40 dapps, each with its source named, no domain twice", () => {
    expect(DAPP_DOMAINS.length).toBeGreaterThanOrEqual(40)
    for (const d of DAPP_DOMAINS) expect(d.source.length).toBeGreaterThan(5)
    expect(new Set(ALL_DOMAINS).size).toBe(ALL_DOMAINS.length)
    for (const d of ALL_DOMAINS) expect(host(d)).toBe(d)
  })
})

describe("look-alike domains", () => {
  it("never matches the real domains, their subdomains, or unrelated sites", () => {
    for (const h of [
      "app.uniswap.org",
      "uniswap.org",
      "app.aave.com",
      "stake.lido.fi",
      "curve.fi",
      "curve.finance",
      "app.safe.global",
      "swap.cow.fi",
      "metamask.github.io",
      "portfolio.metamask.io",
      "stargaze.zone",
      "app.ens.domains"
    ])
      expect(how(h)).toBeUndefined()
    for (const h of [
      "google.com",
      "github.com",
      "example.org",
      "wikipedia.org",
      "ethereum.org",
      "x.com",
      "gmx.com",
      "coinbase.com",
      "binance.com",
      "docs.rs",
      "localhost",
      "127.0.0.1",
      "news.ycombinator.com",
      "safe.com",
      "base.app.example",
      "sky.com",
      "münchen.de",
      "例え.jp"
    ])
      expect(how(h), h).toBeUndefined()
  })

  it("catches Punycode homoglyphs and confusable characters", () => {
    expect(how("uniswаp.org")).toBe("punycode") // Cyrillic а
    expect(how("ореnsea.io")).toBe("punycode") // Cyrillic о, р, е
    expect(host("ｕｎｉｓｗａｐ.org")).toBe("uniswap.org") // fullwidth: URL folds it (NFKC), the browser goes to the real site
    expect(how("un1swap.org")).toBe("confusable")
    expect(how("rnetamask.io")).toBe("confusable")
    expect(how("aavé.com")).toBe("punycode")
    expect(findLookalike(host("uniswаp.org"))).toMatchObject({ name: "Uniswap", domain: "uniswap.org" })
  })

  it("catches the brand with lure words, joined or hyphenated", () => {
    expect(how("uniswap-claim.com")).toBe("added-word")
    expect(how("claim-uniswap.org")).toBe("added-word")
    expect(how("uniswapairdrop.xyz")).toBe("added-word")
    expect(how("opensea-verify.io")).toBe("added-word")
    expect(how("app-lido.fi")).toBe("added-word")
    expect(how("aave-rewards.net")).toBe("added-word")
    expect(how("pancakeswap-app.finance")).toBe("added-word")
    // An ordinary-word brand needs a strong lure: "safe-app" may be anything, "safe-claim" is not.
    expect(how("safe-app.io")).toBeUndefined()
    expect(how("safe-claim.io")).toBe("added-word")
    expect(how("gmx-airdrop.io")).toBe("added-word")
  })

  it("catches the same name on another TLD, misspellings, and the brand on someone else's site", () => {
    expect(how("uniswap.com")).toBe("wrong-tld")
    expect(how("opensea.xyz")).toBe("wrong-tld")
    expect(how("uniwsap.org")).toBe("misspelling")
    expect(how("unniswap.org")).toBe("misspelling")
    expect(how("hyperliqiud.xyz")).toBe("misspelling")
    expect(how("uniswap-v4.com")).toBe("brand-in-name")
    expect(how("opensea.vercel.app")).toBe("wrong-tld")
    expect(how("opensea-drop.vercel.app")).toBe("added-word")
    expect(how("uniswap.example-host.app")).toBe("brand-subdomain")
    expect(how("uniswap.org.claim-now.xyz")).toBe("domain-prefix")
    expect(how("www.app.uniswap.org.evil.co.uk")).toBe("domain-prefix")
  })

  it("property: a listed domain, or any subdomain of it, never matches", () => {
    // Any LDH label except the IDNA prefix (an invalid "xn--" label is not a URL at all).
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,14}[a-z0-9])?$/).filter((l) => !l.startsWith("xn--"))
    fc.assert(
      fc.property(fc.constantFrom(...ALL_DOMAINS), fc.array(label, { maxLength: 3 }), (domain, subs) => {
        const h = host([...subs, domain].join("."))
        return findLookalike(h) === undefined && findLookalike(`${h}.`) === undefined && findLookalike(h.toUpperCase()) === undefined
      }),
      { numRuns: 2000 }
    )
  })

  it("property: replacing one letter of a listed name by its Cyrillic twin always matches", () => {
    const twins: Record<string, string> = { a: "а", e: "е", o: "о", p: "р", c: "с", x: "х", y: "у" }
    const candidates = ALL_DOMAINS.filter((d) => /[aeopcxy]/.test(d.split(".")[0]!))
    fc.assert(
      fc.property(fc.constantFrom(...candidates), fc.nat(), (domain, k) => {
        const [name, ...tld] = domain.split(".")
        const spots = [...name!].flatMap((ch, i) => (twins[ch] ? [i] : []))
        const i = spots[k % spots.length]!
        const fake = `${name!.slice(0, i)}${twins[name![i]!]}${name!.slice(i + 1)}.${tld.join(".")}`
        return findLookalike(host(fake))?.how === "punycode"
      }),
      { numRuns: 500 }
    )
  })
})

describe("helpers", () => {
  it("decodes Punycode as node's IDNA does", () => {
    for (const u of ["uniswаp", "ореnsea", "münchen", "例え", "ﬁ", "bücher-straße", "a-b-ç"]) {
      const ascii = domainToASCII(`${u}.com`).split(".")[0]!
      expect(decodePunycodeLabel(ascii)).toBe(domainToUnicode(`${ascii}.com`).split(".")[0])
    }
    expect(decodePunycodeLabel("plain")).toBe("plain")
    expect(decodePunycodeLabel("xn--!!")).toBeUndefined()
    expect(decodePunycodeLabel("xn--zzzzzzzzzzzzzz")).toBeUndefined()
  })

  it("folds confusable characters to one skeleton", () => {
    expect(skeleton("uniswаp")).toBe(skeleton("uniswap"))
    expect(skeleton("rnetamask")).toBe(skeleton("metamask"))
    expect(skeleton("ｏｐｅｎｓｅａ")).toBe(skeleton("opensea"))
    expect(skeleton("opensea")).not.toBe(skeleton("openseb"))
  })
})
