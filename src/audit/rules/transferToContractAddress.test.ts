import { describe, expect, it } from "vitest"
import { data, run, severityOf, STRANGER, tx, USDC } from "../../../test/unit/audit/kit"

describe("transfer-to-contract-address", () => {
  it("warns when tokens are sent to the token contract", () => {
    expect(severityOf(run(tx(USDC, data.transfer(USDC, 5n))), "transfer-to-contract-address")).toBe("warning")
  })
  it("is quiet for a transfer to a person", () => {
    // (a send to someone outside the history is a warning from outflow-to-stranger, not this rule)
    expect(run(tx(USDC, data.transfer(STRANGER, 5n)), { history: [STRANGER] }).verdict).toBe("safe")
  })
})
