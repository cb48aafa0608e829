import { describe, expect, it } from "vitest"
import { data, ids, MAX, ROUTER, run, sendCalls, severityOf, STRANGER, tx, USDC, USER } from "../../../test/unit/audit/kit"

describe("batch-hidden-approval", () => {
  it("is danger for an approval hidden among harmless calls", () => {
    const r = run(
      sendCalls([
        { to: "0x2222222222222222222222222222222222222222", data: "0x" },
        { to: USDC, data: data.approve(STRANGER, MAX) }
      ])
    )
    expect(severityOf(r, "batch-hidden-approval")).toBe("danger")
    expect(r.decoded.calls).toHaveLength(2)
  })
  it("sees approvals inside a 7702 self-batch (ERC-7821)", () => {
    const r = run(
      tx(
        USER,
        data.erc7821([
          { to: USDC, value: 0n, data: data.approve(STRANGER, 5n) },
          { to: STRANGER, value: 1n, data: "0x" }
        ])
      )
    )
    expect(severityOf(r, "batch-hidden-approval")).toBe("danger")
  })
  it("is quiet for approve + swap on a known router", () => {
    const r = run(
      sendCalls([
        { to: USDC, data: data.approve(ROUTER, 10n ** 9n) },
        { to: ROUTER, data: "0x5ae401dc" }
      ])
    )
    expect(severityOf(r, "batch-hidden-approval")).toBeUndefined()
  })
})

describe("batch-hidden-approval: an allowance the batch spends at once", () => {
  it("is not hidden when a bounded approval's spender is called next in the batch for you", () => {
    const VAULT = "0xac3e018457b222d93114458476f3e3416abbe38f"
    const deposit = `0x6e553f65${(10n ** 18n).toString(16).padStart(64, "0")}${USER.slice(2).padStart(64, "0")}`
    const r = run(
      sendCalls([
        { to: USDC, data: data.approve(VAULT, 10n ** 6n) },
        { to: VAULT, data: deposit }
      ])
    )
    expect(ids(r)).not.toContain("batch-hidden-approval")
  })
  it("still flags an unlimited approval even when the spender is called next", () => {
    const r = run(
      sendCalls([
        { to: USDC, data: data.approve(STRANGER, MAX) },
        { to: STRANGER, data: "0x4e71d92d" }
      ])
    )
    expect(ids(r)).toContain("batch-hidden-approval")
  })
})
