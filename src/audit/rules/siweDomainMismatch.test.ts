import { describe, expect, it } from "vitest"
import { ids, run, siwe } from "../../../test/unit/audit/kit"

describe("siwe-domain-mismatch", () => {
  it("is danger when the message signs in to another site", () => {
    const r = run(siwe("metamask.badactor.io", "https://metamask.github.io"))
    expect(r.verdict).toBe("danger")
    expect(ids(r)).toContain("siwe-domain-mismatch")
  })
  it("accepts the page's own domain, with a port", () => {
    const r = run(siwe("app.example.org:443", "https://app.example.org"))
    expect(ids(r)).not.toContain("siwe-domain-mismatch")
    expect(r.verdict).toBe("safe")
  })
  it("compares unicode domains in punycode form, both ways", () => {
    expect(run(siwe("\u0430pp.example.org", new URL("https://\u0430pp.example.org").origin)).verdict).toBe("safe")
    expect(run(siwe("app.example.org", new URL("https://\u0430pp.example.org").origin)).verdict).toBe("danger")
  })
  it("warns when the origin is not known", () => {
    const r = run({ ...siwe("app.example.org", ""), origin: undefined })
    expect(r.findings.find((f) => f.id === "siwe-domain-mismatch")?.severity).toBe("warning")
  })
})

describe("siwe-domain-mismatch across hosts of one site", () => {
  it("accepts a login to the site asked by one of its own subdomains, and a bare-name domain whose URI is the page", () => {
    expect(ids(run(siwe("galxe.com", "https://app.galxe.com")))).not.toContain("siwe-domain-mismatch")
  })
  it("still flags another site, another tenant of shared hosting, and a look-alike parent", () => {
    expect(ids(run(siwe("uniswap.vercel.app", "https://evil.vercel.app")))).toContain("siwe-domain-mismatch")
    expect(ids(run(siwe("galxe.com", "https://galxe.com.evil.io")))).toContain("siwe-domain-mismatch")
  })
})
