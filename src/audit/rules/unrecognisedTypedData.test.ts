import { describe, expect, it } from "vitest"
import { run, severityOf, STRANGER, typed } from "../../../test/unit/audit/kit"

describe("unrecognised-typed-data", () => {
  it("is unknown for typed data with no role it can place, never safe", () => {
    const r = run(
      typed(
        "Mail",
        {
          Mail: [
            { name: "contents", type: "string" },
            { name: "tag", type: "uint256" }
          ]
        },
        { name: "App", chainId: 1 },
        { contents: "hi", tag: "3" }
      )
    )
    expect(severityOf(r, "unrecognised-typed-data")).toBe("unknown")
    expect(r.verdict).toBe("unknown")
  })
  it("is quiet when the fields name a spender and an amount", () => {
    const r = run(
      typed(
        "Grant",
        {
          Grant: [
            { name: "spender", type: "address" },
            { name: "amount", type: "uint256" }
          ]
        },
        { name: "App", chainId: 1 },
        { spender: STRANGER, amount: "5" }
      )
    )
    expect(severityOf(r, "unrecognised-typed-data")).toBeUndefined()
  })
})
