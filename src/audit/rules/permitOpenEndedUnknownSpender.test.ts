import { describe, expect, it } from "vitest"
import { MAX, NOW_S, permit, permit2Single, ROUTER, run, severityOf, STRANGER } from "../../../test/unit/audit/kit"

describe("permit-open-ended-unknown-spender", () => {
  it("is danger for an unlimited, years-long permit to an unknown spender", () => {
    expect(severityOf(run(permit(STRANGER, MAX, 4482689033)), "permit-open-ended-unknown-spender")).toBe("danger")
  })
  it("is danger for a Permit2 grant with a millisecond expiration", () => {
    expect(severityOf(run(permit2Single(STRANGER, (1n << 160n) - 1n, 1713905488546)), "permit-open-ended-unknown-spender")).toBe("danger")
  })
  it("is quiet for the same permit to a known router", () => {
    expect(severityOf(run(permit2Single(ROUTER, (1n << 160n) - 1n, NOW_S + 10 * 365 * 86400)), "permit-open-ended-unknown-spender")).toBeUndefined()
  })
  it("is quiet for a short-lived permit", () => {
    expect(severityOf(run(permit(STRANGER, MAX, NOW_S + 600)), "permit-open-ended-unknown-spender")).toBeUndefined()
  })
})
