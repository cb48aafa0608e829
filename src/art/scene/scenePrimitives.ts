import { DIMS } from "./vocabulary"

/**
 * Scene → drawing: the list of primitives the on-chain renderer (contracts/SceneRenderer.sol) writes as SVG,
 * in the same order with the same integer coordinates and colours. Layout jitter comes from the prompt's
 * keccak256 (`seed`, 32 bytes), so unknown words move things around deterministically while the proven
 * scene decides what is drawn and in which light. Canvas 64×64.
 */

export type Rgb = number
export type Primitive =
  | { kind: "rect"; x: number; y: number; w: number; h: number; fill: Rgb; alpha?: number }
  | { kind: "circle"; cx: number; cy: number; r: number; fill: Rgb }
  | { kind: "tri"; pts: [number, number, number, number, number, number]; fill: Rgb }

export const CANVAS = 64
const SKY_TOP = [0x070b1e, 0x121a3a, 0x22305e, 0x35508e, 0x4a72b8, 0x5f8fd4, 0x78a8e6, 0x8cc0f5]
const SKY_BOTTOM = [0x1a2040, 0x2c3866, 0x4a5a8e, 0x6f88b8, 0x8fb0d8, 0xa5c8ea, 0xb4d6f2, 0xbfe0ff]
const WARM = 0xff8c42
const STORM = 0x3d434d
const FOG = 0xd5d9de

/** Named params of a scene (see DIMS). */
export function named(params: readonly number[]): Record<(typeof DIMS)[number], number> {
  return Object.fromEntries(DIMS.map((d, i) => [d, params[i]!])) as Record<(typeof DIMS)[number], number>
}

function channel(c: Rgb, s: number): number {
  return (c >> s) & 0xff
}
function rgb(r: number, g: number, b: number): Rgb {
  return (r << 16) | (g << 8) | b
}
/** (a·(n − k) + b·k) / n per channel, floored. */
export function mix(a: Rgb, b: Rgb, k: number, n: number): Rgb {
  const m = (s: number) => Math.floor((channel(a, s) * (n - k) + channel(b, s) * k) / n)
  return rgb(m(16), m(8), m(0))
}
/** Per-channel tint: + (t − 4)·20, clamped to 0..255. */
function tint(c: Rgb, t: readonly number[]): Rgb {
  const f = (s: number, v: number) => Math.min(255, Math.max(0, channel(c, s) + (v - 4) * 20))
  return rgb(f(16, t[0]!), f(8, t[1]!), f(0, t[2]!))
}
/** Scales a colour by (light + 5) / 12: the ground and far objects darken with the light. */
function dim(c: Rgb, light: number): Rgb {
  const f = (s: number) => Math.floor((channel(c, s) * (light + 5)) / 12)
  return rgb(f(16), f(8), f(0))
}

/** The horizon row for a horizon param 0..7 (7 = highest). */
export function horizonRow(horizon: number): number {
  return 20 + 3 * (7 - horizon)
}

export function scenePrimitives(params: readonly number[], seed: Uint8Array): Primitive[] {
  const p = named(params)
  const t = [p.tintR, p.tintG, p.tintB]
  const H = horizonRow(p.horizon)
  const b = (i: number) => seed[i % 32]!
  const out: Primitive[] = []
  const paint = (c: Rgb) => tint(c, t)

  // Sky: 8 bands from top to horizon; warmth tints the lower sky, the storm greys everything.
  let top = SKY_TOP[p.light]!
  let bottom = mix(SKY_BOTTOM[p.light]!, WARM, p.warmth, 8)
  top = mix(top, WARM, p.warmth >> 1, 8)
  top = mix(top, STORM, 2 * p.storm, 8)
  bottom = mix(bottom, STORM, 2 * p.storm, 8)
  for (let i = 0; i < 8; i++) {
    const y0 = Math.floor((i * H) / 8)
    const y1 = Math.floor(((i + 1) * H) / 8)
    out.push({ kind: "rect", x: 0, y: y0, w: CANVAS, h: y1 - y0, fill: paint(mix(top, bottom, i, 7)) })
  }
  // Low far hills on the horizon, placed by the prompt's hash: every prompt, even of unknown words only, differs.
  const hills = paint(dim(0x5a6a4e, p.light))
  for (let i = 0; i < 4; i++) {
    const cx = (b(30 + i) % 16) + i * 16
    out.push({ kind: "tri", pts: [cx - 12, H, cx + 12, H, cx, H - 2 - (b(9 + i) % 4)], fill: hills })
  }
  if (p.stars) {
    for (let i = 0; i < 16; i++) {
      out.push({ kind: "rect", x: (b(4 + i) * 7 + i * 13) % CANVAS, y: (b(12 + i) * 5 + i * 11) % (H - 2), w: 1, h: 1, fill: 0xfffbe6 })
    }
  }
  if (p.sun) out.push({ kind: "circle", cx: 10 + (b(0) % 44), cy: 7 + (b(1) % (H - 14)), r: 6, fill: p.warmth >= 4 ? 0xff9f43 : 0xffd34d })
  if (p.moon) out.push({ kind: "circle", cx: 10 + (b(2) % 44), cy: 6 + (b(3) % (H - 12)), r: 5, fill: 0xf5f3dc })
  if (p.clouds) {
    const cloud = dim(p.storm >= 2 ? 0x555b66 : 0xeef0f4, p.light)
    for (let i = 0; i < 3; i++) {
      const cx = 6 + (b(20 + i) % 52)
      const cy = 5 + (b(23 + i) % 10)
      out.push({ kind: "circle", cx: cx - 4, cy: cy + 1, r: 4, fill: cloud })
      out.push({ kind: "circle", cx, cy, r: 5, fill: cloud })
      out.push({ kind: "circle", cx: cx + 4, cy: cy + 1, r: 4, fill: cloud })
    }
  }
  if (p.mountains) {
    const rock = paint(dim(p.snow ? 0x8a93a6 : 0x5d6679, p.light))
    for (let i = 0; i < 3; i++) {
      const px = 6 + i * 22 + (b(5 + i) % 12)
      const ph = 12 + (b(8 + i) % 10)
      out.push({ kind: "tri", pts: [px - 16, H, px + 16, H, px, H - ph], fill: rock })
    }
  }
  if (p.city) {
    const wall = paint(dim(0x3a3f4c, p.light))
    for (let i = 0; i < 8; i++) {
      const hgt = 6 + (b(14 + i) % 16)
      out.push({ kind: "rect", x: i * 8, y: H - hgt, w: 7, h: hgt, fill: wall })
    }
  }
  // Ground: snow, sand, grass or earth, darkened with the light; the sea covers it from the horizon down.
  const land = p.snow ? 0xe8eef2 : p.sand ? 0xd8b866 : p.green ? 0x4e8a3c : 0x7a7052
  out.push({ kind: "rect", x: 0, y: H, w: CANVAS, h: CANVAS - H, fill: paint(dim(land, p.light)) })
  const water = paint(dim(0x2a6fb0, p.light))
  if (p.sea) {
    out.push({ kind: "rect", x: 0, y: H, w: CANVAS, h: CANVAS - H, fill: water })
    if (p.sand) out.push({ kind: "rect", x: 0, y: 56, w: CANVAS, h: 8, fill: paint(dim(0xd8b866, p.light)) })
  }
  if (p.lake) {
    const cx = 16 + (b(11) % 32)
    out.push({ kind: "tri", pts: [cx - 3, H, cx + 3, H, cx + 14, CANVAS], fill: water })
    out.push({ kind: "tri", pts: [cx - 3, H, cx + 14, CANVAS, cx - 14, CANVAS], fill: water })
  }
  if (p.tower) {
    const tx = 4 + (b(24) % 20)
    out.push({ kind: "rect", x: tx, y: H - 22, w: 6, h: 26, fill: 0x8a7f72 })
    out.push({ kind: "tri", pts: [tx - 1, H - 22, tx + 7, H - 22, tx + 3, H - 29], fill: 0x6b3a3a })
  }
  if (p.lighthouse) {
    const lx = 42 + (b(26) % 14)
    out.push({ kind: "rect", x: lx, y: H - 18, w: 5, h: 22, fill: 0xf2f2ee })
    out.push({ kind: "rect", x: lx, y: H - 10, w: 5, h: 4, fill: 0xc8323c })
    out.push({ kind: "rect", x: lx - 1, y: H - 21, w: 7, h: 3, fill: 0x30343c })
    out.push({ kind: "circle", cx: lx + 2, cy: H - 23, r: 2, fill: 0xfff3a0 })
  }
  if (p.bridge) {
    out.push({ kind: "rect", x: 0, y: H + 3, w: CANVAS, h: 2, fill: 0x6b4a35 })
    for (let i = 0; i < 4; i++) out.push({ kind: "rect", x: 6 + i * 16, y: H + 5, w: 2, h: 7, fill: 0x6b4a35 })
  }
  if (p.house) {
    const hx = 8 + (b(27) % 40)
    out.push({ kind: "rect", x: hx, y: H + 6, w: 10, h: 8, fill: 0xb5674a })
    out.push({ kind: "tri", pts: [hx - 1, H + 6, hx + 11, H + 6, hx + 5, H], fill: 0x5b2e26 })
  }
  if (p.trees) {
    for (let i = 0; i < 6; i++) {
      const x = 2 + i * 10 + (b(28 + (i % 4)) % 6)
      const y = H + 12 + ((b(i + 3) >> 3) % (CANVAS - H - 12))
      out.push({ kind: "tri", pts: [x - 4, y, x + 4, y, x, y - 11], fill: 0x24502a })
    }
  }
  if (p.boat) {
    const bx = 6 + (b(29) % 30)
    const by = H + 6
    out.push({ kind: "tri", pts: [bx, by, bx + 12, by, bx + 10, by + 3], fill: 0x5a3b28 })
    out.push({ kind: "tri", pts: [bx, by, bx + 10, by + 3, bx + 2, by + 3], fill: 0x5a3b28 })
    out.push({ kind: "tri", pts: [bx + 6, by - 9, bx + 6, by - 1, bx + 11, by - 1], fill: 0xf4efe6 })
  }
  if (p.flowers) {
    const petal = paint(0xe8609a)
    for (let i = 0; i < 14; i++) {
      out.push({ kind: "circle", cx: (b(i) * 3 + i * 9) % CANVAS, cy: 54 + ((b(i + 16) + i) % 9), r: 1, fill: petal })
    }
  }
  if (p.birds) {
    for (let i = 0; i < 3; i++) {
      const x = 8 + (b(17 + i) % 44)
      const y = 4 + (b(7 + i) % (H - 8))
      out.push({ kind: "tri", pts: [x, y, x + 3, y + 2, x + 3, y + 1], fill: 0x222222 })
      out.push({ kind: "tri", pts: [x + 3, y + 1, x + 3, y + 2, x + 6, y], fill: 0x222222 })
    }
  }
  if (p.rain) {
    for (let i = 0; i < 24; i++) out.push({ kind: "rect", x: (b(i) + i * 11) % CANVAS, y: (b(i + 8) + i * 7) % 60, w: 1, h: 3, fill: 0x9fb4c8 })
  }
  if (p.fog) out.push({ kind: "rect", x: 0, y: 0, w: CANVAS, h: CANVAS, fill: FOG, alpha: 3 * p.fog })
  return out
}
