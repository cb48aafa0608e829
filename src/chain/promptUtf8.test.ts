import { describe, expect, it } from "vitest"
import { firstLoneSurrogate, isUtf8, promptUtf8Problem } from "./promptUtf8"

describe("prompt UTF-8", () => {
  it("finds lone surrogates and accepts pairs", () => {
    expect(firstLoneSurrogate("a red fox 🦊")).toBe(-1)
    expect(firstLoneSurrogate("")).toBe(-1)
    expect(firstLoneSurrogate("fox \ud83e")).toBe(4)
    expect(firstLoneSurrogate("\udd8a fox")).toBe(0)
    expect(firstLoneSurrogate("a\ud83e\ud83e\udd8a")).toBe(1)
    expect(promptUtf8Problem("ok")).toBeNull()
    expect(promptUtf8Problem("x\ud800")).toMatch(/position 2/)
  })

  it("isUtf8 refuses overlong encodings, surrogates, truncated sequences and 0xFF", () => {
    const b = (...x: number[]) => Uint8Array.from(x)
    expect(isUtf8(new TextEncoder().encode("港 é 🦊"))).toBe(true)
    for (const bad of [b(0xc0, 0xaf), b(0xe0, 0x80, 0xaf), b(0xf0, 0x80, 0x80, 0xaf), b(0xed, 0xa0, 0x80), b(0xe2, 0x82), b(0xff), b(0x80), b(0xf4, 0x90, 0x80, 0x80)]) {
      expect(isUtf8(bad)).toBe(false)
    }
  })
})
