import type { Hex } from "viem"

/** The UTF-8 bytes of a string as hex (the collection takes prompts as `bytes`). */
export function utf8Hex(s: string): Hex {
  return `0x${Array.from(new TextEncoder().encode(s), (b) => b.toString(16).padStart(2, "0")).join("")}`
}
