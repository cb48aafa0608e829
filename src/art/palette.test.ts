import { describe, expect, it } from "vitest"
import { palette, paletteFromHash } from "./palette"
import { promptHashBytes } from "./promptField"

describe("palette", () => {
  it("follows the fixed formula on a hand-made hash", () => {
    const h = new Uint8Array(32)
    h.set([200, 65, 3, 100, 0, 255], 0)
    h.set([63, 64, 255], 9)
    expect(paletteFromHash(h)).toEqual([
      [8, 1, 3], // h[0..2] % 64
      [54, 0, 129], // floor((c0 + A) / 2)
      [177, 96, 255], // floor((A + c3) / 2)
      [255, 192, 255] // 192 + h[9..11] % 64
    ])
  })

  // The fixed formula guarantees c0 < c3 and c1 <= c2 per channel (c1 may be darker than c0 when A is).
  it("keeps the guaranteed channel order and differs across prompts", () => {
    for (const p of ["a", "b", "hello world", "🌸"]) {
      const pal = palette(p)
      for (let ch = 0; ch < 3; ch++) {
        expect(pal[0][ch]).toBeLessThan(64)
        expect(pal[3][ch]).toBeGreaterThanOrEqual(192)
        expect(pal[1][ch]).toBeLessThanOrEqual(pal[2][ch])
      }
    }
    expect(palette("a")).not.toEqual(palette("b"))
    expect(promptHashBytes("hello world")[0]).toBe(0x47) // keccak256("hello world") = 0x47173285…
  })
})
