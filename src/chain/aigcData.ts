import { decodeAbiParameters, encodeAbiParameters, isHex, size, type Hex } from "viem"
import { ChainError } from "./errors"
import { PIXEL_WORDS as WORDS } from "../limits"

export type AigcData = { modelCommitment: bigint; words: readonly bigint[] }
export type Groth16Calldata = {
  a: readonly [bigint | string, bigint | string]
  b: readonly [readonly [bigint | string, bigint | string], readonly [bigint | string, bigint | string]]
  c: readonly [bigint | string, bigint | string]
}

const AIGC_PARAMS = [{ type: "uint256" }, { type: "uint256[9]" }] as const
const PROOF_PARAMS = [{ type: "uint256[2]" }, { type: "uint256[2][2]" }, { type: "uint256[2]" }] as const

/**
 * The collection's aigcData: abi.encode(uint256 modelCommitment, uint256[9] words) (320 bytes).
 * @param data The model commitment and the 9 pixel words.
 * @returns The encoded bytes.
 */
export function encodeAigcData(data: AigcData): Hex {
  if (data.words.length !== WORDS) throw new ChainError(`aigcData needs ${WORDS} words, got ${data.words.length}.`, { code: "chain/bad-input" })
  return encodeAbiParameters(AIGC_PARAMS, [data.modelCommitment, data.words as unknown as readonly [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint]])
}

/** Decodes aigcData read from the chain or an AigcData event. */
export function decodeAigcData(hex: Hex): AigcData {
  if (!isHex(hex) || size(hex) !== 320) throw new ChainError("aigcData must be 320 bytes.", { code: "chain/bad-input" })
  const [modelCommitment, words] = decodeAbiParameters(AIGC_PARAMS, hex)
  return { modelCommitment, words: [...words] }
}

/**
 * The collection's proof bytes: abi.encode(uint256[2] a, uint256[2][2] b, uint256[2] c), in the order
 * snarkjs exports for Solidity (b's coordinates already swapped).
 * @param proof The Groth16 calldata (numbers as bigint or decimal/hex strings).
 * @returns The encoded bytes (256 bytes).
 */
export function encodeProof(proof: Groth16Calldata): Hex {
  const n = (v: bigint | string) => BigInt(v)
  return encodeAbiParameters(PROOF_PARAMS, [
    [n(proof.a[0]), n(proof.a[1])],
    [
      [n(proof.b[0][0]), n(proof.b[0][1])],
      [n(proof.b[1][0]), n(proof.b[1][1])]
    ],
    [n(proof.c[0]), n(proof.c[1])]
  ])
}
