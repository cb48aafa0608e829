import { describe, expect, it } from "vitest"
import { data, run, severityOf, STRANGER, tx, typed, UR, USDC, USER, WETH } from "../../../test/unit/audit/kit"

const wrap = (recipient: string) => data.routerPlan([{ command: 0x0b, types: ["address", "uint256"], values: [recipient, 10n ** 18n] }])

describe("swap-output-to-third-party", () => {
  it("warns when the router sends output to a stranger", () => {
    expect(severityOf(run(tx(UR, wrap(STRANGER), 10n ** 18n)), "swap-output-to-third-party")).toBe("warning")
  })
  it("warns when a CoW order pays out to another receiver", () => {
    const TYPES = {
      Order: ["sellToken", "buyToken", "receiver"].map((name) => ({ name, type: "address" })).concat(["sellAmount", "buyAmount"].map((name) => ({ name, type: "uint256" })))
    }
    const order = (receiver: string) =>
      typed(
        "Order",
        TYPES,
        { name: "Gnosis Protocol", version: "v2", chainId: 1, verifyingContract: "0x9008d19f58aabd9ed0d60971565aa8510560ab41" },
        { sellToken: USDC, buyToken: WETH, receiver, sellAmount: "1000000000", buyAmount: "300000000000000000" }
      )
    expect(severityOf(run(order(STRANGER)), "swap-output-to-third-party")).toBe("warning")
    expect(run(order("0x0000000000000000000000000000000000000000")).verdict).toBe("safe")
  })
  it("is quiet for MSG_SENDER and for the user", () => {
    expect(run(tx(UR, wrap("0x0000000000000000000000000000000000000001"), 10n ** 18n)).verdict).toBe("safe")
    expect(run(tx(UR, wrap(USER), 10n ** 18n)).verdict).toBe("safe")
  })
})
