import { describe, expect, it } from "vitest"

import { connectReview } from "./consentReview"

const ADDRESS = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc"

describe("connectReview", () => {
  it("is safe for an ordinary site and for the real dapp", () => {
    for (const origin of ["http://127.0.0.1:8080", "https://app.uniswap.org", "https://example.com"]) {
      const r = connectReview(origin, ADDRESS)
      expect(r.verdict).toBe("safe")
      expect(r.findings.map((f) => f.id)).toEqual(["wallet-connect"])
    }
  })

  it("warns, first, when the site's domain imitates a well-known dapp's", () => {
    for (const origin of ["https://uniswap-claim.com", "https://unisw\u0430p.org", "https://uniswap.org.evil.example"]) {
      const r = connectReview(origin, ADDRESS)
      expect(r.verdict, origin).toBe("warning")
      expect(r.findings[0]).toMatchObject({ id: "origin-lookalike", severity: "warning" })
      expect(r.findings[0]!.title).toMatch(/not Uniswap/)
    }
  })
})
