import { hexToBigInt, isHex, size, slice, type Hex } from "viem"
import { ChainError } from "./errors"

/** The aigcData lengths the collection's architectures use: mamori-art-v1 (320) and mamori-scene-v1 (64). */
const KNOWN_SIZES = [320, 64]

/**
 * The model commitment an aigcData names: its first 32 bytes in every architecture (IArtArchitecture's rule
 * and the built-in layout alike), so fee and registry look-ups need not know the architecture.
 * @throws ChainError `chain/bad-input` for bytes of no known layout.
 */
export function aigcModelCommitment(aigcData: Hex): bigint {
  if (!isHex(aigcData) || !KNOWN_SIZES.includes(size(aigcData)))
    throw new ChainError(`aigcData of ${isHex(aigcData) ? size(aigcData) : "non-hex"} bytes matches no architecture (expected ${KNOWN_SIZES.join(" or ")}).`, {
      code: "chain/bad-input"
    })
  return hexToBigInt(slice(aigcData, 0, 32))
}
