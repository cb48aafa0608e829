// Draws Mamori's icon (a shield with a keyhole) as a 512×512 PNG: `node scripts/make-icon.mjs`.
import { deflateSync } from "node:zlib"
import { writeFileSync } from "node:fs"

const S = 512
const px = Buffer.alloc(S * S * 4)
const inShield = (x, y) => {
  // Shield outline: a rounded top box that narrows to a point at the bottom.
  const cx = S / 2,
    top = 56,
    mid = 300,
    bottom = 470,
    half = 180
  if (y < top || y > bottom) return false
  if (y <= mid) return Math.abs(x - cx) <= half - (y < top + 30 ? (top + 30 - y) * 0.6 : 0)
  const t = (y - mid) / (bottom - mid)
  return Math.abs(x - cx) <= half * Math.sqrt(1 - t * t)
}
const inKeyhole = (x, y) => {
  const cx = S / 2
  if ((x - cx) ** 2 + (y - 210) ** 2 <= 46 ** 2) return true
  return y >= 210 && y <= 350 && Math.abs(x - cx) <= 20 + (y - 210) * 0.12
}
for (let y = 0; y < S; y++)
  for (let x = 0; x < S; x++) {
    const i = (y * S + x) * 4
    if (inKeyhole(x, y)) px.set([250, 246, 238, 255], i)
    else if (inShield(x, y)) {
      const g = y / S
      px.set([Math.round(24 + 40 * g), Math.round(92 + 60 * g), Math.round(120 + 40 * g), 255], i)
    } else px.set([0, 0, 0, 0], i)
  }
const raw = Buffer.alloc(S * (S * 4 + 1))
for (let y = 0; y < S; y++) px.copy(raw, y * (S * 4 + 1) + 1, y * S * 4, (y + 1) * S * 4)
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc = (buf) => {
  let c = 0xffffffff
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type), data])
  const c = Buffer.alloc(4)
  c.writeUInt32BE(crc(td))
  return Buffer.concat([len, td, c])
}
const ihdr = Buffer.alloc(13)
ihdr.writeUInt32BE(S, 0)
ihdr.writeUInt32BE(S, 4)
ihdr[8] = 8
ihdr[9] = 6
writeFileSync(
  new URL("../assets/icon.png", import.meta.url),
  Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))])
)
