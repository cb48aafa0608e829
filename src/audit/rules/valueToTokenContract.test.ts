import { describe, expect, it } from "vitest"
import { data, run, severityOf, STRANGER, tx, USDC, WETH } from "../../../test/unit/audit/kit"

describe("value-to-token-contract", () => {
  it("is danger for ETH sent with a token transfer", () => {
    expect(severityOf(run(tx(USDC, data.transfer(STRANGER, 5n), 10n ** 17n)), "value-to-token-contract")).toBe("danger")
  })
  it("is danger for ETH with approve on an unknown token", () => {
    expect(severityOf(run(tx(STRANGER, data.approve(STRANGER, 5n), 10n ** 17n)), "value-to-token-contract")).toBe("danger")
  })
  it("allows wrapping ETH into WETH, by deposit() or a plain send", () => {
    expect(run(tx(WETH, "0xd0e30db0", 10n ** 17n)).verdict).toBe("safe")
    expect(run(tx(WETH, "0x", 10n ** 17n)).verdict).toBe("safe")
  })
  it("is danger for plain ETH sent to WBTC (not a wrapper of ETH)", () => {
    expect(severityOf(run(tx("0x2260fac5e5542a773aa44fbcfedf7c193bc2c599", "0x", 10n ** 17n)), "value-to-token-contract")).toBe("danger")
  })
})
