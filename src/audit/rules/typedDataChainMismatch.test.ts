import { describe, expect, it } from "vitest"
import { ids, permit, ROUTER, run, severityOf, typed } from "../../../test/unit/audit/kit"

describe("typed-data-chain-mismatch", () => {
  it("is danger for a permit bound to another chain", () => {
    const r = run({ ...permit(ROUTER, 1000n, 1767229200, undefined, 137), chainId: "0x01" })
    expect(severityOf(r, "typed-data-chain-mismatch")).toBe("danger")
  })
  it("is a warning for other typed data", () => {
    const r = run({ ...typed("Mail", { Mail: [{ name: "contents", type: "string" }] }, { name: "Ether Mail", chainId: 5 }, { contents: "hi" }), chainId: 1 })
    expect(severityOf(r, "typed-data-chain-mismatch")).toBe("warning")
  })
  it("accepts padded hex for the same chain", () => {
    expect(ids(run({ ...permit(ROUTER, 1000n, 1767229200, undefined, "0x0001"), chainId: "1" }))).not.toContain("typed-data-chain-mismatch")
  })
})
