import { describe, expect, it } from "vitest"
import { contract, data, ROUTER, run, severityOf, STRANGER, tx, USDC } from "../../../test/unit/audit/kit"

describe("approval-unknown-spender", () => {
  it("warns from calldata alone", () => {
    const r = run(tx(USDC, data.approve(STRANGER, 1000n)))
    expect(severityOf(r, "approval-unknown-spender")).toBe("warning")
    expect(r.verdict).toBe("warning")
  })
  it("reads calldata with a missing leading zero", () => {
    const d = data.approve(STRANGER, 1000n).replace("0x095ea7b3", "0x95ea7b3")
    expect(severityOf(run(tx(USDC, d)), "approval-unknown-spender")).toBe("warning")
  })
  it("is a note for a bounded approval to an ordinary contract", () => {
    expect(severityOf(run(tx(USDC, data.approve(STRANGER, 1000n)), contract(STRANGER)), "approval-unknown-spender")).toBe("info")
  })
  it("is quiet for a known router", () => {
    expect(severityOf(run(tx(USDC, data.approve(ROUTER, 1000n))), "approval-unknown-spender")).toBeUndefined()
  })
  it("ignores a revoke (amount 0)", () => {
    expect(run(tx(USDC, data.approve(STRANGER, 0n))).verdict).toBe("safe")
  })
})
