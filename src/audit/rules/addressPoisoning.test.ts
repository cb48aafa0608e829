import { describe, expect, it } from "vitest"
import { data, run, severityOf, tx } from "../../../test/unit/audit/kit"

const WBTC = "0x2260fac5e5542a773aa44fbcfedf7c193bc2c599"
const REAL = "0xd9A1b0B1e1aE382DbDc898Ea68012FfcB2853a91"
const FAKE = "0xd9a1c3788d81257612e2581a6ea0ada244853a91"

describe("address-poisoning", () => {
  it("is danger for a look-alike of a recent counterparty", () => {
    expect(severityOf(run(tx(WBTC, data.transfer(FAKE, 10n ** 8n)), { history: [REAL] }), "address-poisoning")).toBe("danger")
  })
  it("also for native transfers", () => {
    expect(severityOf(run(tx(FAKE, "0x", 10n ** 18n), { history: [REAL] }), "address-poisoning")).toBe("danger")
  })
  it("also catches look-alikes of the user's own address", () => {
    const me = "0x1111aaaa00000000000000000000000000001111"
    const req = { ...tx("0x1111bbbb00000000000000000000000000001111", "0x", 10n ** 18n), from: me }
    expect(severityOf(run(req), "address-poisoning")).toBe("danger")
  })
  it("is quiet for the real counterparty", () => {
    expect(run(tx(WBTC, data.transfer(REAL, 10n ** 8n)), { history: [REAL] }).verdict).toBe("safe")
  })
})
