import { concat, isHex, size, slice, stringToHex, type Hex } from "viem"
import { ChainError } from "./errors"

/**
 * The bytes the collection stores as a token's data contract: aigcData[0:288] (model commitment and words
 * 0..7), the low 4 bytes of word 8 (which holds only pixels 1008..1023), then the prompt's UTF-8 bytes.
 * @param prompt The prompt.
 * @param aigcData abi.encode(uint256 modelCommitment, uint256[9] words).
 * @returns The stored bytes (292 + prompt length).
 */
export function storedImageData(prompt: string, aigcData: Hex): Hex {
  if (!isHex(aigcData) || size(aigcData) !== 320) throw new ChainError("aigcData must be 320 bytes.", { code: "chain/bad-input" })
  return concat([slice(aigcData, 0, 288), slice(aigcData, 316, 320), stringToHex(prompt)])
}
