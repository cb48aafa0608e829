/**
 * Decodes one IDNA label from its ASCII form (`xn--…`, RFC 3492 Punycode) to Unicode, so that look-alike
 * checks can read the characters a person sees. URL parsing gives hosts in ASCII form only, and the pure
 * core has no `node:url` or DOM to turn them back. Returns undefined for a label that is not valid Punycode.
 */
const BASE = 36
const T_MIN = 1
const T_MAX = 26
const SKEW = 38
const DAMP = 700

/** `label` in Unicode (labels without the `xn--` prefix come back unchanged). */
export function decodePunycodeLabel(label: string): string | undefined {
  if (!label.toLowerCase().startsWith("xn--")) return label
  const input = label.slice(4)
  const out: number[] = []
  const lastDash = input.lastIndexOf("-")
  if (lastDash > 0) {
    for (const ch of input.slice(0, lastDash)) {
      if (ch.charCodeAt(0) >= 0x80) return undefined
      out.push(ch.charCodeAt(0))
    }
  }
  let n = 128
  let i = 0
  let bias = 72
  let pos = lastDash > 0 ? lastDash + 1 : 0
  while (pos < input.length) {
    const oldI = i
    let w = 1
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return undefined
      const digit = digitOf(input.charCodeAt(pos++))
      if (digit === undefined) return undefined
      i += digit * w
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias
      if (digit < t) break
      w *= BASE - t
      if (i > 0x7fffffff || w > 0x7fffffff) return undefined
    }
    const length = out.length + 1
    bias = adapt(i - oldI, length, oldI === 0)
    n += Math.floor(i / length)
    i %= length
    if (n > 0x10ffff) return undefined
    out.splice(i, 0, n)
    i++
  }
  try {
    return String.fromCodePoint(...out)
  } catch {
    return undefined
  }
}

function digitOf(code: number): number | undefined {
  if (code >= 0x30 && code <= 0x39) return code - 22 // 0-9 → 26-35
  if (code >= 0x41 && code <= 0x5a) return code - 0x41 // A-Z → 0-25
  if (code >= 0x61 && code <= 0x7a) return code - 0x61 // a-z → 0-25
  return undefined
}

function adapt(delta: number, numPoints: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1
  d += Math.floor(d / numPoints)
  let k = 0
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN))
    k += BASE
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW))
}
