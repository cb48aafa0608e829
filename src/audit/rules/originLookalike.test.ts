import { describe, expect, it } from "vitest"

import { data, ids, MAX, personal, run, severityOf, STRANGER, tx, USDC } from "../../../test/unit/audit/kit"

const from = (origin: string) => ({ origin: new URL(origin).origin })

describe("origin-lookalike", () => {
  it("is a warning on a look-alike site asking for a plain message signature", () => {
    const r = run({ ...personal("Welcome! Sign to log in."), ...from("https://uniswаp.org") })
    expect(severityOf(r, "origin-lookalike")).toBe("warning")
    expect(r.findings.find((f) => f.id === "origin-lookalike")?.title).toMatch(/not Uniswap.*imitates uniswap\.org/)
  })

  it("is danger when the look-alike site asks to move or grant assets", () => {
    expect(severityOf(run({ ...tx(USDC, data.approve(STRANGER, MAX)), ...from("https://uniswap-claim.com") }), "origin-lookalike")).toBe("danger")
    expect(severityOf(run({ ...tx(STRANGER, "0x", 10n ** 18n), ...from("https://opensea-verify.io") }), "origin-lookalike")).toBe("danger")
    expect(run({ ...tx(USDC, data.transfer(STRANGER, 5n)), ...from("https://app.uniswap.org.claim.xyz") }).verdict).toBe("danger")
  })

  it("stays silent on the real sites, their subdomains and unrelated ones", () => {
    for (const origin of ["https://app.uniswap.org", "https://uniswap.org", "https://app.aave.com", "https://app.example.org", "http://127.0.0.1:5173", "http://localhost:3000"]) {
      expect(ids(run({ ...tx(USDC, data.approve(STRANGER, MAX)), ...from(origin) })), origin).not.toContain("origin-lookalike")
      expect(ids(run({ ...personal("hello"), ...from(origin) })), origin).not.toContain("origin-lookalike")
    }
  })

  it("does not change anything when the origin is missing or unreadable", () => {
    expect(ids(run({ ...personal("hello"), origin: undefined }))).not.toContain("origin-lookalike")
    expect(ids(run({ ...personal("hello"), origin: "not a url at all" }))).not.toContain("origin-lookalike")
  })
})
