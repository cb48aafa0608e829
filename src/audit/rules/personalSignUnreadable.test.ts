import { describe, expect, it } from "vitest"
import { toHex } from "viem"
import { data, ids, MAX, personal, run, severityOf, STRANGER, USER } from "../../../test/unit/audit/kit"

describe("personal-sign-unreadable", () => {
  it("warns on binary bytes that are not text", () => {
    expect(ids(run({ method: "personal_sign", params: ["0x00ff01fe02fd", USER] }))).toContain("personal-sign-unreadable")
  })
  it("is quiet on text", () => {
    expect(ids(run(personal("hello")))).not.toContain("personal-sign-unreadable")
  })
})

describe("calldata carried in personal_sign text", () => {
  it("judges an approval written into the text as the approval it is", () => {
    const text = `Verify wallet ownership:\n${data.approve(STRANGER, MAX)}`
    const r = run({ method: "personal_sign", params: [toHex(text), USER], origin: "https://claim.example" })
    expect(severityOf(r, "grant-to-unknown-party")).toBe("danger")
  })
  it("leaves ordinary text with hex nonces alone", () => {
    const r = run({ method: "personal_sign", params: [toHex("Sign in to Example\nNonce: 0x5f2b9c1d7a3e4f60"), USER], origin: "https://example.org" })
    expect(r.verdict).toBe("safe")
  })
})
