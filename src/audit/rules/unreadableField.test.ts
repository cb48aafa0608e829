import { describe, expect, it } from "vitest"
import { data, MAX, run, severityOf, STRANGER, tx, USDC } from "../../../test/unit/audit/kit"

describe("unreadable-field", () => {
  it("adds unknown for a throwing toString, and keeps the danger of the rest", () => {
    const req = tx(USDC, data.approve(STRANGER, MAX))
    const hostile = {
      ...req,
      params: [
        {
          ...(req.params as Record<string, unknown>[])[0],
          gas: {
            toString() {
              throw new Error("no")
            }
          }
        }
      ]
    }
    const r = run(hostile)
    expect(severityOf(r, "unreadable-field")).toBe("unknown")
    expect(r.verdict).toBe("danger")
  })
  it("is quiet for plain JSON", () => {
    expect(severityOf(run(tx(USDC, data.approve(STRANGER, 1n))), "unreadable-field")).toBeUndefined()
  })
})
