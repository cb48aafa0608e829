import type { Primitive, Rgb } from "./scenePrimitives"
import { CANVAS } from "./scenePrimitives"

/** A colour as #rrggbb. */
export function hexColour(c: Rgb): string {
  return `#${c.toString(16).padStart(6, "0")}`
}

/**
 * The SVG the on-chain renderer writes for these primitives, byte for byte (viewBox 0 0 64 64, crisp edges).
 * alpha is in sixteenths, written as a 4-decimal opacity (3 → 0.1875).
 */
export function sceneSvg(prims: readonly Primitive[]): string {
  let s = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CANVAS} ${CANVAS}" shape-rendering="crispEdges">`
  for (const p of prims) {
    if (p.kind === "rect") {
      s += `<rect x="${p.x}" y="${p.y}" width="${p.w}" height="${p.h}" fill="${hexColour(p.fill)}"`
      s += p.alpha === undefined ? "/>" : ` fill-opacity="0.${String(p.alpha * 625).padStart(4, "0")}"/>`
    } else if (p.kind === "circle") {
      s += `<circle cx="${p.cx}" cy="${p.cy}" r="${p.r}" fill="${hexColour(p.fill)}"/>`
    } else {
      const [a, b, c, d, e, f] = p.pts
      s += `<polygon points="${a},${b} ${c},${d} ${e},${f}" fill="${hexColour(p.fill)}"/>`
    }
  }
  return `${s}</svg>`
}
