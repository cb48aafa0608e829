import { keccak256, stringToBytes } from "viem"
import { BN254_R } from "../limits"
import { ArtInputError } from "./errors"

export { BN254_R }

/** keccak256 of the prompt's UTF-8 bytes, as 32 bytes. */
export function promptHashBytes(prompt: string): Uint8Array {
  if (typeof prompt !== "string") throw new ArtInputError("The prompt must be a string.")
  const hex = keccak256(stringToBytes(prompt))
  const out = new Uint8Array(32)
  for (let i = 0; i < 32; i++) out[i] = parseInt(hex.slice(2 + 2 * i, 4 + 2 * i), 16)
  return out
}

/** tokenId on-chain: uint256(keccak256(prompt)), not reduced. */
export function promptTokenId(prompt: string): bigint {
  return BigInt(keccak256(stringToBytes(prompt)))
}

/** The prompt as a field element: uint256(keccak256(utf8(prompt))) mod r. */
export function promptField(prompt: string): bigint {
  return promptTokenId(prompt) % BN254_R
}
