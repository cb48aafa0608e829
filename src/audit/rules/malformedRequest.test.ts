import { describe, expect, it } from "vitest"
import { ids, run, tx, USER } from "../../../test/unit/audit/kit"

describe("malformed-request", () => {
  it("flags calldata that is not hex as unknown", () => {
    const r = run(tx(USER, "0xzz12"))
    expect(r.verdict).toBe("unknown")
    expect(ids(r)).toContain("malformed-request")
  })
  it("flags a request that is not an object", () => {
    expect(ids(run(42 as never))).toContain("malformed-request")
  })
  it("stays quiet on a well-formed transfer", () => {
    expect(ids(run(tx(USER, "0x", 1n)))).not.toContain("malformed-request")
  })
})
