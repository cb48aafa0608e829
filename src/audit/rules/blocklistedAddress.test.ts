import { describe, expect, it } from "vitest"
import { data, run, severityOf, STRANGER, tx, USDC } from "../../../test/unit/audit/kit"

describe("blocklisted-address", () => {
  it("is danger when the spender is blocklisted", () => {
    const r = run(tx(USDC, data.approve(STRANGER, 5n)), { blocklist: { addresses: [STRANGER.toUpperCase().replace("0X", "0x")] } })
    expect(severityOf(r, "blocklisted-address")).toBe("danger")
  })
  it("is danger when the called contract is blocklisted", () => {
    expect(severityOf(run(tx(STRANGER, "0x", 1n), { blocklist: { addresses: [STRANGER] } }), "blocklisted-address")).toBe("danger")
  })
  it("is quiet otherwise", () => {
    expect(severityOf(run(tx(STRANGER, "0x", 1n), { blocklist: { addresses: [] } }), "blocklisted-address")).toBeUndefined()
  })
})
