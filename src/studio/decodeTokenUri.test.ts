import { describe, expect, it } from "vitest"
import { decodeBmp4, decodeTokenUri } from "./decodeTokenUri"

/** The collection's bitmap layout, written independently: header, BGR0 palette, bottom-up rows, high nibble left. */
function bmp(pixels: Uint8Array, palette: number[][]): Uint8Array {
  const out = new Uint8Array(54 + 16 + 512)
  const le32 = (o: number, v: number) => out.set([v & 255, (v >> 8) & 255, (v >> 16) & 255, (v >>> 24) & 255], o)
  out.set([0x42, 0x4d])
  le32(2, out.length)
  le32(10, 70)
  le32(14, 40)
  le32(18, 32)
  le32(22, 32)
  out.set([1, 0, 4, 0], 26)
  palette.forEach(([r, g, b], i) => out.set([b!, g!, r!, 0], 54 + 4 * i))
  for (let y = 0; y < 32; y++) for (let x = 0; x < 32; x += 2) out[70 + (31 - y) * 16 + x / 2] = (pixels[y * 32 + x]! << 4) | pixels[y * 32 + x + 1]!
  return out
}
const b64 = (u: Uint8Array) => btoa(String.fromCharCode(...u))

describe("decodeTokenUri", () => {
  const pixels = Uint8Array.from({ length: 1024 }, (_, i) => (i * 7 + (i >> 5)) % 4)
  const pal = [
    [1, 2, 3],
    [40, 50, 60],
    [100, 110, 120],
    [200, 210, 220]
  ]
  it("reads metadata and the exact pixels back", () => {
    const meta = {
      name: "Mamori #0x1234",
      description: "d",
      image: "data:image/svg+xml;base64,AA==",
      prompt: 'a "quoted" fox',
      aigc_type: "image",
      aigc_data: `data:image/bmp;base64,${b64(bmp(pixels, pal))}`,
      model: "Mamori default",
      model_commitment: "0x01"
    }
    const uri = `data:application/json;base64,${b64(new TextEncoder().encode(JSON.stringify(meta)))}`
    const t = decodeTokenUri(uri)
    expect(t.prompt).toBe('a "quoted" fox')
    expect(t.model).toBe("Mamori default")
    expect([...t.pixels]).toEqual([...pixels])
    expect(t.palette).toEqual(pal)
  })
  it("gives a typed error for anything else", () => {
    expect(() => decodeTokenUri("https://example.com/1.json")).toThrow(/cannot be read/)
    expect(() => decodeTokenUri(`data:application/json;base64,${btoa("{nope")}`)).toThrow(/does not parse/)
    expect(() => decodeBmp4(new Uint8Array(10))).toThrow(/not a BMP/)
  })
})
