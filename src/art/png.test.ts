import { inflateSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { adler32, crc32, encodePng, zlibStore } from "./png"
import { renderPng, renderRgba } from "./render"

describe("png", () => {
  it("crc32 and adler32 match known vectors", () => {
    const abc = new TextEncoder().encode("123456789")
    expect(crc32(abc)).toBe(0xcbf43926)
    expect(adler32(new TextEncoder().encode("Wikipedia"))).toBe(0x11e60398)
  })

  it("stored zlib streams inflate back (also across 64 KiB blocks)", () => {
    const data = Uint8Array.from({ length: 150_000 }, (_, i) => (i * 31) & 0xff)
    expect(new Uint8Array(inflateSync(zlibStore(data)))).toEqual(data)
  })

  it("encodes a decodable RGBA PNG", () => {
    const rgba = Uint8Array.from({ length: 2 * 3 * 4 }, (_, i) => i * 10)
    const png = encodePng(rgba, 2, 3)
    expect([...png.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47])
    const view = new DataView(png.buffer)
    expect(view.getUint32(16)).toBe(2)
    expect(view.getUint32(20)).toBe(3)
    const idatLen = view.getUint32(33)
    const raw = inflateSync(png.slice(41, 41 + idatLen))
    expect(raw.length).toBe(3 * (1 + 8))
    expect([...raw.subarray(1, 9)]).toEqual([...rgba.subarray(0, 8)])
  })

  it("renders indices through the palette, upscaled crisply", () => {
    const idx = new Uint8Array(1024)
    idx[1] = 3
    const pal = [
      [1, 2, 3],
      [0, 0, 0],
      [0, 0, 0],
      [9, 8, 7]
    ] as const
    const rgba = renderRgba(idx, pal, 2)
    expect(rgba.length).toBe(64 * 64 * 4)
    expect([...rgba.subarray(0, 4)]).toEqual([1, 2, 3, 255])
    expect([...rgba.subarray(8, 12)]).toEqual([9, 8, 7, 255]) // x = 2 → source pixel 1
    expect([...rgba.subarray(64 * 4 + 12, 64 * 4 + 16)]).toEqual([9, 8, 7, 255])
    expect(() => renderRgba(new Uint8Array(10), pal)).toThrow(/1024/)
    expect(renderPng(idx, pal, 8).length).toBeGreaterThan(256 * 256 * 4)
  })
})
