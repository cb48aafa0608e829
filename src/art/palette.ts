import { promptHashBytes } from "./promptField"

export type Rgb = readonly [number, number, number]

/**
 * The four-colour palette of a prompt, darkest first; the Solidity side computes the same bytes.
 * h = keccak256(prompt); c0 = h[0..2] % 64; A = h[3..5]; c3 = 192 + h[9..11] % 64;
 * c1 = floor((c0 + A) / 2); c2 = floor((A + c3) / 2), per channel.
 */
export function palette(prompt: string): [Rgb, Rgb, Rgb, Rgb] {
  return paletteFromHash(promptHashBytes(prompt))
}

/** The palette from the 32-byte keccak hash of the prompt. */
export function paletteFromHash(h: Uint8Array): [Rgb, Rgb, Rgb, Rgb] {
  const ch = (f: (c: number) => number): Rgb => [f(0), f(1), f(2)]
  const c0 = ch((c) => h[c]! % 64)
  const a = ch((c) => h[3 + c]!)
  const c3 = ch((c) => 192 + (h[9 + c]! % 64))
  const c1 = ch((c) => Math.floor((c0[c]! + a[c]!) / 2))
  const c2 = ch((c) => Math.floor((a[c]! + c3[c]!) / 2))
  return [c0, c1, c2, c3]
}
