import type { Primitive } from "./scenePrimitives"
import { CANVAS } from "./scenePrimitives"

/**
 * Rasterises the primitives at one sample per unit square (pixel centres), the way an SVG viewer with crisp
 * edges draws them closely enough for the attribute test and the gallery. Returns RGB bytes, row-major.
 */
export function rasterScene(prims: readonly Primitive[], size = CANVAS): Uint8Array {
  const px = new Uint8Array(size * size * 3)
  const k = size / CANVAS
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Pixel centre in canvas units.
      const X = (x + 0.5) / k
      const Y = (y + 0.5) / k
      let r = 0
      let g = 0
      let b = 0
      for (const p of prims) {
        let inside: boolean
        if (p.kind === "rect") inside = X >= p.x && X < p.x + p.w && Y >= p.y && Y < p.y + p.h
        else if (p.kind === "circle") inside = (X - p.cx) ** 2 + (Y - p.cy) ** 2 <= p.r * p.r
        else {
          const [ax, ay, bx, by, cx, cy] = p.pts
          const e1 = (bx - ax) * (Y - ay) - (by - ay) * (X - ax)
          const e2 = (cx - bx) * (Y - by) - (cy - by) * (X - bx)
          const e3 = (ax - cx) * (Y - cy) - (ay - cy) * (X - cx)
          inside = (e1 >= 0 && e2 >= 0 && e3 >= 0) || (e1 <= 0 && e2 <= 0 && e3 <= 0)
        }
        if (!inside) continue
        const fr = (p.fill >> 16) & 0xff
        const fg = (p.fill >> 8) & 0xff
        const fb = p.fill & 0xff
        if (p.kind === "rect" && p.alpha !== undefined) {
          r = Math.floor((r * (16 - p.alpha) + fr * p.alpha) / 16)
          g = Math.floor((g * (16 - p.alpha) + fg * p.alpha) / 16)
          b = Math.floor((b * (16 - p.alpha) + fb * p.alpha) / 16)
        } else {
          r = fr
          g = fg
          b = fb
        }
      }
      const o = (y * size + x) * 3
      px[o] = r
      px[o + 1] = g
      px[o + 2] = b
    }
  }
  return px
}
