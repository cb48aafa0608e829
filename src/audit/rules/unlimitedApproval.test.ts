import { describe, expect, it } from "vitest"
import { data, MAX, ROUTER, run, severityOf, STRANGER, tx, USDC } from "../../../test/unit/audit/kit"

describe("unlimited-approval", () => {
  it("warns on max-uint approval to an unknown spender", () => {
    expect(severityOf(run(tx(USDC, data.approve(STRANGER, MAX))), "unlimited-approval")).toBe("warning")
  })
  it("treats 2^64-1 USDC as unlimited", () => {
    expect(severityOf(run(tx(USDC, data.approve(STRANGER, (1n << 64n) - 1n))), "unlimited-approval")).toBe("warning")
  })
  it("is only a note for a well-known router", () => {
    const r = run(tx(USDC, data.approve(ROUTER, MAX)))
    expect(severityOf(r, "unlimited-approval")).toBe("info")
    expect(r.verdict).toBe("safe")
  })
  it("is quiet on a bounded approval", () => {
    expect(severityOf(run(tx(USDC, data.approve(ROUTER, 1_000_000_000n))), "unlimited-approval")).toBeUndefined()
  })
})
