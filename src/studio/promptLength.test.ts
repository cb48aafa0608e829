import { describe, expect, it } from "vitest"

import { promptLength } from "./promptLength"

describe("promptLength", () => {
  it("counts UTF-8 bytes of the trimmed prompt, not characters", () => {
    expect(promptLength("  koi  ")).toEqual({ bytes: 3, max: 160, tooLong: false, note: "3 / 160 bytes" })
    expect(promptLength("é".repeat(80))).toMatchObject({ bytes: 160, tooLong: false })
    expect(promptLength("🐟").bytes).toBe(4)
  })

  it("says why a prompt is too long", () => {
    const r = promptLength("é".repeat(81))
    expect(r.tooLong).toBe(true)
    expect(r.note).toBe("Too long: 162 of 160 bytes. The collection stores at most 160 bytes of UTF-8; accented letters take 2 bytes and emoji 4.")
  })
})
