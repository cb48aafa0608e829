import { describe, expect, it } from "vitest"
import { run, severityOf, tx } from "../../../test/unit/audit/kit"

describe("contract-creation", () => {
  it("notes a deployment without alarm", () => {
    const r = run(tx(undefined, "0x6080604052348015600f57600080fd5b50"))
    expect(severityOf(r, "contract-creation")).toBe("info")
    expect(r.decoded.creation?.codeBytes).toBe(17)
  })
  it("is absent for calls", () => {
    expect(severityOf(run(tx("0x2222222222222222222222222222222222222222", "0x", 1n)), "contract-creation")).toBeUndefined()
  })
})
