import { describe, expect, it } from "vitest"
import { data, MAX, NOW_S, permit, permit2Single, ROUTER, run, severityOf, STRANGER, tx, typed, USDC, USER } from "../../../test/unit/audit/kit"

describe("grant-to-unknown-party", () => {
  it("is danger for an unlimited approve to an unknown spender", () => {
    expect(severityOf(run(tx(USDC, data.approve(STRANGER, MAX))), "grant-to-unknown-party")).toBe("danger")
  })
  it("is a warning for a bounded approve, and danger for a long-lived bounded permit", () => {
    expect(severityOf(run(tx(USDC, data.approve(STRANGER, 10n ** 6n))), "grant-to-unknown-party")).toBe("warning")
    expect(severityOf(run(permit2Single(STRANGER, 10n ** 6n, NOW_S + 400 * 86400)), "grant-to-unknown-party")).toBe("danger")
    expect(severityOf(run(permit(STRANGER, 10n ** 6n, NOW_S + 600)), "grant-to-unknown-party")).toBe("warning")
  })
  it("reads grants from typed data of no known schema by field roles", () => {
    const r = run(
      typed(
        "Authorization",
        {
          Authorization: [
            { name: "owner", type: "address" },
            { name: "manager", type: "address" },
            { name: "isAllowed", type: "bool" },
            { name: "nonce", type: "uint256" },
            { name: "expiry", type: "uint256" }
          ]
        },
        { name: "Compound USDC", version: "0", chainId: 1, verifyingContract: "0xc3d688b66703497daa19211eedff47f25384cdc3" },
        { owner: USER, manager: STRANGER, isAllowed: true, nonce: "0", expiry: String(NOW_S + 600) }
      )
    )
    expect(severityOf(r, "grant-to-unknown-party")).toBe("danger")
    expect(r.decoded.effects?.[0]).toMatchObject({ type: "grant", power: "manager", to: STRANGER })
  })
  it("is quiet for a known spender", () => {
    expect(severityOf(run(tx(USDC, data.approve(ROUTER, MAX))), "grant-to-unknown-party")).toBeUndefined()
  })
})
