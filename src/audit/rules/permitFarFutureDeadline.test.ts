import { describe, expect, it } from "vitest"
import { NOW_S, permit, permit2Single, ROUTER, run, severityOf, STRANGER } from "../../../test/unit/audit/kit"

describe("permit-far-future-deadline", () => {
  it("warns on a permit valid for years", () => {
    expect(severityOf(run(permit(STRANGER, 100n, NOW_S + 5 * 365 * 86400)), "permit-far-future-deadline")).toBe("warning")
  })
  it("warns on a deadline written in milliseconds", () => {
    expect(severityOf(run(permit2Single(ROUTER, 100n, (NOW_S + 3600) * 1000)), "permit-far-future-deadline")).toBe("warning")
  })
  it("is quiet for a deadline 30 minutes away", () => {
    expect(severityOf(run(permit(STRANGER, 100n, NOW_S + 1800)), "permit-far-future-deadline")).toBeUndefined()
  })
})
