/**
 * Why a simulated call reverted, in words: the `Error(string)` message, a panic code's meaning, or the
 * custom error's selector. The reason is contract-supplied text: capped and cleaned, shown as data.
 */
import { decodeAbiParameters } from "viem"

const ERROR_STRING = "0x08c379a0"
const PANIC = "0x4e487b71"
const PANICS: Record<number, string> = {
  0x01: "assertion failed",
  0x11: "arithmetic overflow or underflow",
  0x12: "division by zero",
  0x21: "invalid enum value",
  0x22: "bad storage byte array",
  0x31: "pop on an empty array",
  0x32: "array index out of bounds",
  0x41: "out of memory",
  0x51: "call to an uninitialised function"
}

/** Standard errors (ERC-6093 and OpenZeppelin's) by selector, so the common failures read in words. */
const KNOWN_ERRORS: Record<string, string> = {
  "0xe450d38c": "not enough tokens (ERC20InsufficientBalance)",
  "0xfb8f41b2": "allowance too small (ERC20InsufficientAllowance)",
  "0x177e802f": "not approved for this NFT (ERC721InsufficientApproval)",
  "0x64283d7b": "not the NFT's owner (ERC721IncorrectOwner)",
  "0x7e273289": "no such NFT (ERC721NonexistentToken)",
  "0x5274afe7": "a token transfer failed (SafeERC20FailedOperation)",
  "0xb94abeec": "more shares than you can redeem (ERC4626ExceededMaxRedeem)",
  "0xfe9cceec": "more than you can withdraw (ERC4626ExceededMaxWithdraw)"
}

/** The reason carried by revert `data`, or undefined when there is none. Never throws. */
export function revertReason(data: unknown): string | undefined {
  if (typeof data !== "string" || !/^0x([0-9a-fA-F]{2})*$/.test(data) || data.length < 10) return undefined
  const hex = data.toLowerCase() as `0x${string}`
  const selector = hex.slice(0, 10)
  try {
    if (selector === ERROR_STRING) return clean(decodeAbiParameters([{ type: "string" }], `0x${hex.slice(10)}`)[0]) || "reverted without a message"
    if (selector === PANIC) {
      const code = Number(decodeAbiParameters([{ type: "uint256" }], `0x${hex.slice(10)}`)[0])
      return `panic 0x${code.toString(16)}${PANICS[code] ? ` (${PANICS[code]})` : ""}`
    }
  } catch {
    return `custom error ${selector}`
  }
  return KNOWN_ERRORS[selector] ?? `custom error ${selector}`
}

function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, " ")
    .trim()
    .slice(0, 160)
}
