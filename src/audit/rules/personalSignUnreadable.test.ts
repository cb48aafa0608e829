import { describe, expect, it } from "vitest"
import { ids, personal, run, USER } from "../../../test/unit/audit/kit"

describe("personal-sign-unreadable", () => {
  it("warns on binary bytes that are not text", () => {
    expect(ids(run({ method: "personal_sign", params: ["0x00ff01fe02fd", USER] }))).toContain("personal-sign-unreadable")
  })
  it("is quiet on text", () => {
    expect(ids(run(personal("hello")))).not.toContain("personal-sign-unreadable")
  })
})
