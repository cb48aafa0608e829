import { concat, isHex, numberToHex, size, slice, stringToHex, type Hex } from "viem"
import { ChainError } from "./errors"

/**
 * The bytes the collection stores as a token's data contract: aigcData[0:288] (model commitment and words
 * 0..7), the low 4 bytes of word 8 (which holds only pixels 1008..1023), the holder's commit block (uint64, it
 * decides who wins a prompt: the earliest commitment), then the prompt's UTF-8 bytes.
 * @param prompt The prompt.
 * @param aigcData abi.encode(uint256 modelCommitment, uint256[9] words).
 * @param committedAt The block of the commitment that minted (or took over) the token.
 * @returns The stored bytes (300 + prompt length).
 */
export function storedImageData(prompt: string, aigcData: Hex, committedAt: bigint): Hex {
  if (!isHex(aigcData) || size(aigcData) !== 320) throw new ChainError("aigcData must be 320 bytes.", { code: "chain/bad-input" })
  if (committedAt < 0n || committedAt >= 2n ** 64n) throw new ChainError("committedAt must fit in 64 bits.", { code: "chain/bad-input" })
  return concat([slice(aigcData, 0, 288), slice(aigcData, 316, 320), numberToHex(committedAt, { size: 8 }), stringToHex(prompt)])
}
