import { encodeAbiParameters, isAddress, isHex, keccak256, stringToBytes, type Address, type Hex } from "viem"
import { ChainError } from "./errors"

/**
 * The commit-reveal commitment: keccak256(abi.encode(address sender, bytes32 keccak256(utf8(prompt)),
 * bytes32 salt)). It binds the sender, so a reveal copied by someone else finds no commitment.
 * @example commitmentHash("0xf39F…2266", "a red fox", randomSalt())
 * @param sender The account that will send the reveal.
 * @param prompt The prompt.
 * @param salt 32 random bytes, kept secret until the reveal.
 * @returns The 32-byte commitment for `commit`.
 */
export function commitmentHash(sender: Address, prompt: string, salt: Hex): Hex {
  if (!isAddress(sender, { strict: false })) throw new ChainError("The sender is not an address.", { code: "chain/bad-input" })
  if (!isHex(salt) || salt.length !== 66) throw new ChainError("The salt must be 32 bytes of hex.", { code: "chain/bad-input" })
  if (typeof prompt !== "string") throw new ChainError("The prompt must be a string.", { code: "chain/bad-input" })
  return keccak256(encodeAbiParameters([{ type: "address" }, { type: "bytes32" }, { type: "bytes32" }], [sender, keccak256(stringToBytes(prompt)), salt]))
}

/** 32 bytes from the platform CSPRNG, as hex: a fresh salt for a commitment. */
export function randomSalt(): Hex {
  const bytes = new Uint8Array(32)
  globalThis.crypto.getRandomValues(bytes)
  return `0x${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`
}
