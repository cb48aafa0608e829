import { describe, expect, it } from "vitest"
import { ids, personal, run, USER } from "../../../test/unit/audit/kit"

describe("personal-sign-hash", () => {
  it("warns when the message is 32 opaque bytes", () => {
    const r = run({ method: "personal_sign", params: ["0x879a053d4800c6354e76c7985a865d2922c82fb5b3f4577b2fe08b998954f2e0", USER] })
    expect(ids(r)).toContain("personal-sign-hash")
    expect(r.verdict).toBe("warning")
  })
  it("warns when a hash is sent as text", () => {
    expect(ids(run(personal("0x879a053d4800c6354e76c7985a865d2922c82fb5b3f4577b2fe08b998954f2e0", undefined, false)))).toContain("personal-sign-hash")
  })
  it("is quiet on readable text of 32 characters", () => {
    const r = run(personal("Welcome to the app, log in now!!"))
    expect(ids(r)).not.toContain("personal-sign-hash")
    expect(r.verdict).toBe("safe")
  })
})
