import { describe, expect, it } from "vitest"
import { data, MAX, ROUTER, run, sendCalls, severityOf, STRANGER, tx, USDC, USER } from "../../../test/unit/audit/kit"

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
