import { describe, expect, it } from "vitest"
import { run, severityOf, STRANGER, tx } from "../../../test/unit/audit/kit"

describe("scam-selector", () => {
  it("is danger for SecurityUpdate()", () => {
    expect(severityOf(run(tx(STRANGER, "0x5fba79f5", 10n ** 17n)), "scam-selector")).toBe("danger")
  })
  it("is danger for claim() with value", () => {
    expect(severityOf(run(tx(STRANGER, "0x4e71d92d", 10n ** 16n)), "scam-selector")).toBe("danger")
  })
  it("allows claim() without value", () => {
    expect(severityOf(run(tx(STRANGER, "0x4e71d92d")), "scam-selector")).toBeUndefined()
  })
  it("honours the user's selector blocklist", () => {
    expect(severityOf(run(tx(STRANGER, "0x12345678"), { blocklist: { selectors: ["0x12345678"] } }), "scam-selector")).toBe("danger")
  })
})
