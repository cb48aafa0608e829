/**
 * Tolerant readers for the loose values pages send: hex with or without `0x`, calldata missing its leading
 * zero nibble, numbers as hex, decimal, padded hex or JS numbers. Each returns `undefined` instead of throwing.
 */

const HEX_BODY = /^[0-9a-fA-F]*$/
const ADDRESS = /^(0x)?[0-9a-fA-F]{40}$/

/** The largest calldata we decode (bytes); longer data is kept but not walked, to bound latency. */
export const MAX_DATA_BYTES = 128 * 1024

/** A lower-case `0x` address, or undefined when `value` is not exactly 20 bytes of hex. */
export function toAddress(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined
  const s = value.trim()
  if (!ADDRESS.test(s)) return undefined
  return (s.startsWith("0x") ? s : `0x${s}`).toLowerCase()
}

/**
 * Lower-case `0x` hex data. An odd number of nibbles gets a leading zero (pages drop it:
 * `0x95ea7b3…` is `approve`). Returns undefined for anything that is not hex.
 */
export function toHexData(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined
  let s = value.trim()
  if (s.startsWith("0x") || s.startsWith("0X")) s = s.slice(2)
  if (!HEX_BODY.test(s)) return undefined
  if (s.length % 2 === 1) s = `0${s}`
  return `0x${s.toLowerCase()}`
}

/** A non-negative bigint from a JS number, decimal string or hex string; undefined otherwise. */
export function toBigIntLoose(value: unknown): bigint | undefined {
  if (typeof value === "bigint") return value >= 0n ? value : undefined
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0 || !Number.isInteger(value)) return undefined
    return Number.isSafeInteger(value) ? BigInt(value) : BigInt(Math.round(value))
  }
  if (typeof value !== "string") return undefined
  const s = value.trim()
  if (s.length === 0 || s.length > 80) return undefined
  if (/^0x[0-9a-fA-F]+$/i.test(s)) return BigInt(s)
  if (/^[0-9]+$/.test(s)) return BigInt(s)
  return undefined
}

/** A chain id as a safe integer (accepts `1`, `"1"`, `"0x1"`, `"0x0001"`, `"eip155:1"`). */
export function toChainId(value: unknown): number | undefined {
  let v = value
  if (typeof v === "string" && v.startsWith("eip155:")) v = v.slice(7)
  const n = toBigIntLoose(v)
  if (n === undefined || n > BigInt(Number.MAX_SAFE_INTEGER)) return undefined
  return Number(n)
}

/** Caps a string for display and strips control characters (page strings are data, never markup). */
export function cap(value: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "�")
  return clean.length > max ? `${clean.slice(0, max)}…` : clean
}

/** Short form of an address for titles: `0x49dc…5d8d`. */
export function short(address: string | undefined): string {
  if (!address) return "an unknown address"
  return address.length === 42 ? `${address.slice(0, 6)}…${address.slice(-4)}` : cap(address, 20)
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/**
 * Reads an own data property only: ignores prototype chains and `__proto__` tricks, and never runs a
 * getter (a page's getter could answer differently each time, or throw). Anything odd reads as undefined;
 * `scanHostile` (normalize) reports it as unreadable.
 */
export function own(value: unknown, key: string): unknown {
  if (!isRecord(value)) return undefined
  try {
    const d = Object.getOwnPropertyDescriptor(value, key)
    return d && "value" in d ? d.value : undefined
  } catch {
    return undefined
  }
}

/** Text of a scalar without ever calling a page object's `toString` (which may throw or lie). */
export function safeText(value: unknown, max = 200): string {
  if (typeof value === "string") return cap(value, max)
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value)
  if (value === null) return "null"
  if (value === undefined) return "(missing)"
  return "(unreadable value)"
}
