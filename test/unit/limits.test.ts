/**
 * The limits shared by TypeScript, Solidity and circom come from src/limits.ts; this test reads the other
 * languages' sources and fails when one of them drifts (the 200- vs 160-byte prompt bug came from such a
 * drift: proofs paid for at commit, then a revert at reveal).
 */
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"

import * as limits from "../../src/limits"

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), "utf8")
const mamoriArt = read("contracts/MamoriArt.sol")
const registry = read("contracts/ModelRegistry.sol")
const renderer = read("contracts/ArtRenderer.sol")
const verifierInterface = read("contracts/interfaces/IGroth16Verifier.sol")
const verifier = read("contracts/verifiers/ArtVerifier.sol")
const circuit = read("circuits/src/art.circom")

/** The value of `uint256 ... constant NAME = value;` (whitespace and line breaks allowed). */
function solidityConstant(source: string, name: string): bigint {
  const m = source.match(new RegExp(`constant\\s+${name}\\s*=\\s*([0-9_]+)\\s*;`))
  if (!m) throw new Error(`constant ${name} not found`)
  return BigInt(m[1]!.replaceAll("_", ""))
}

/** Every `[N]` size written in a source for the given declaration pattern, e.g. `uint256[9]`. */
function sizes(source: string, pattern: RegExp): number[] {
  return [...source.matchAll(pattern)].map((m) => Number(m[1]))
}

describe("limits shared with Solidity and circom", () => {
  it("prompt bytes: MamoriArt.MAX_PROMPT_BYTES", () => {
    expect(solidityConstant(mamoriArt, "MAX_PROMPT_BYTES")).toBe(BigInt(limits.MAX_PROMPT_BYTES))
  })

  it("field size: SNARK_SCALAR_FIELD in both contracts", () => {
    expect(solidityConstant(mamoriArt, "SNARK_SCALAR_FIELD")).toBe(limits.BN254_R)
    expect(solidityConstant(registry, "SNARK_SCALAR_FIELD")).toBe(limits.BN254_R)
    // The verifier checks public signals against the same field (snarkjs names it r).
    expect(solidityConstant(verifier, "r")).toBe(limits.BN254_R)
  })

  it("pixels and words: ArtRenderer, MamoriArt, the verifier and the circuit", () => {
    expect(solidityConstant(renderer, "SIDE")).toBe(BigInt(limits.ART_SIZE))
    expect(solidityConstant(renderer, "PIXELS_PER_WORD")).toBe(BigInt(limits.PIXELS_PER_WORD))
    expect(new Set(sizes(renderer, /uint256\[(\d+)\]\s+memory\s+words/g))).toEqual(new Set([limits.PIXEL_WORDS]))
    // MamoriArt builds the verifier's calldata from aigcData in assembly: [model, word0..] is 32 * (1 + words)
    // bytes; the signals copied after the proof are the words; the call is selector + proof + every signal.
    expect(solidityConstant(mamoriArt, "AIGC_DATA_BYTES")).toBe(BigInt(32 * (1 + limits.PIXEL_WORDS)))
    expect(mamoriArt).toContain(`calldatacopy(add(ptr, 324), add(aigcData.offset, 32), ${32 * limits.PIXEL_WORDS})`)
    expect(mamoriArt).toContain(`staticcall(gas(), verifier, ptr, ${4 + 256 + 32 * limits.PUBLIC_SIGNAL_COUNT}, 0, 32)`)
    expect(sizes(verifierInterface, /uint256\[(\d+)\]\s+calldata\s+pubSignals/g)).toEqual([limits.PUBLIC_SIGNAL_COUNT])
    expect(sizes(verifier, /uint\[(\d+)\]\s+calldata\s+_pubSignals/g)).toEqual([limits.PUBLIC_SIGNAL_COUNT])
    expect(sizes(circuit, /signal input words\[(\d+)\]/g)).toEqual([limits.PIXEL_WORDS])
    expect(sizes(circuit, /component pixels\[(\d+)\]/g)).toEqual([limits.ART_PIXELS])
    expect(circuit).toContain(`for (var w = 0; w < ${limits.PIXEL_WORDS}; w++)`)
    expect(circuit).toContain(`for (var j = 0; j < ${limits.PIXELS_PER_WORD}; j++)`)
  })

  it("weights: count and bounds in the circuit's range check", () => {
    expect(sizes(circuit, /signal input weights\[(\d+)\]/g)).toEqual([limits.WEIGHT_COUNT])
    expect(sizes(circuit, /component wbits\[(\d+)\]/g)).toEqual([limits.WEIGHT_COUNT])
    // w + 16 in [0, 32): a 5-bit decomposition of w - WEIGHT_MIN.
    expect(circuit).toContain(`wbits[i].in <== weights[i] + ${-limits.WEIGHT_MIN};`)
    const bits = Math.log2(limits.WEIGHT_MAX - limits.WEIGHT_MIN + 1)
    expect(Number.isInteger(bits)).toBe(true)
    expect(circuit).toMatch(new RegExp(`wbits\\[i\\] = Num2Bits\\(${bits}\\)`))
  })

  it("would fail on a drift (the check reads real values)", () => {
    expect(() => solidityConstant(mamoriArt, "NO_SUCH_CONSTANT")).toThrow()
    expect(solidityConstant("uint256 public constant MAX_PROMPT_BYTES = 200;", "MAX_PROMPT_BYTES")).not.toBe(BigInt(limits.MAX_PROMPT_BYTES))
  })
})
