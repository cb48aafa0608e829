import { describe, expect, it } from "vitest"
import { ids, run } from "../../../test/unit/audit/kit"

describe("unsupported-method", () => {
  it("reports an unknown method as unchecked", () => {
    const r = run({ method: "eth_weirdSign", params: [] })
    expect(r.verdict).toBe("unknown")
    expect(ids(r)).toContain("unsupported-method")
  })
  it("does not fire on a supported method", () => {
    expect(ids(run({ method: "personal_sign", params: ["0x68656c6c6f", "0x1111111111111111111111111111111111111111"] }))).not.toContain("unsupported-method")
  })
})
