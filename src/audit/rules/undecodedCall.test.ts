import { describe, expect, it } from "vitest"
import { ROUTER, run, severityOf, STRANGER, tx } from "../../../test/unit/audit/kit"

describe("undecoded-call", () => {
  it("leaves an unknown function on an unknown contract unknown", () => {
    const r = run(tx(STRANGER, "0xdeadbeef0000"))
    expect(severityOf(r, "undecoded-call")).toBe("unknown")
    expect(r.verdict).toBe("unknown")
  })
  it("is only a note on a known contract", () => {
    expect(severityOf(run(tx(ROUTER, "0xdeadbeef")), "undecoded-call")).toBe("info")
  })
})
