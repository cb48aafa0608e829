import { keccak256, stringToBytes } from "viem"

/** The collection's token id of a prompt: uint256(keccak256(utf8(prompt))). */
export function tokenIdOf(prompt: string): bigint {
  return BigInt(keccak256(stringToBytes(prompt)))
}

/** The collection's prompt limit, in UTF-8 bytes (MamoriArt.MAX_PROMPT_BYTES). */
export const MAX_PROMPT_BYTES = 160
