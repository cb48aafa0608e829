import { decodeAbiParameters, encodeAbiParameters, type Hex, isHex, size } from "viem"
import { ChainError } from "./errors"

/** The scene architecture's aigcData: abi.encode(uint256 modelCommitment, uint256 scene) (64 bytes). */
export type SceneAigcData = { modelCommitment: bigint; scene: bigint }
const PARAMS = [{ type: "uint256" }, { type: "uint256" }] as const

export function encodeSceneAigcData(data: SceneAigcData): Hex {
  return encodeAbiParameters(PARAMS, [data.modelCommitment, data.scene])
}

export function decodeSceneAigcData(hex: Hex): SceneAigcData {
  if (!isHex(hex) || size(hex) !== 64) throw new ChainError("Scene aigcData must be 64 bytes.", { code: "chain/bad-input" })
  const [modelCommitment, scene] = decodeAbiParameters(PARAMS, hex)
  return { modelCommitment, scene }
}
