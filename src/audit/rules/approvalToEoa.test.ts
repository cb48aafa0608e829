import { describe, expect, it } from "vitest"
import { BAYC, contract, data, eoa, MAX, permit, run, severityOf, STRANGER, tx, USDC } from "../../../test/unit/audit/kit"

describe("approval-to-eoa", () => {
  it("is danger for an approval to a plain wallet", () => {
    const r = run(tx(USDC, data.approve(STRANGER, MAX)), eoa(STRANGER))
    expect(severityOf(r, "approval-to-eoa")).toBe("danger")
  })
  it("is danger for a permit to a plain wallet", () => {
    expect(severityOf(run(permit(STRANGER, MAX, 1683293219), eoa(STRANGER)), "approval-to-eoa")).toBe("danger")
  })
  it("is danger for setApprovalForAll to a plain wallet", () => {
    expect(severityOf(run(tx(BAYC, data.setApprovalForAll(STRANGER)), eoa(STRANGER)), "approval-to-eoa")).toBe("danger")
  })
  it("accepts facts keyed by a checksummed address", () => {
    const r = run(tx(USDC, data.approve(STRANGER, MAX)), { facts: { accounts: { "0x49Dc14Dd851B6EaE8d685715e12a06cc1BFC5d8d": { isContract: false, codeSize: 0 } } } })
    expect(severityOf(r, "approval-to-eoa")).toBe("danger")
  })
  it("is quiet when the spender is a contract", () => {
    expect(severityOf(run(tx(USDC, data.approve(STRANGER, MAX)), contract(STRANGER)), "approval-to-eoa")).toBeUndefined()
  })
})
