import { describe, expect, it } from "vitest"
import { decodeAigcData, encodeAigcData, encodeProof } from "./aigcData"
import { packPixels } from "../zk/packPixels"
import { storedImageData } from "./storedImageData"
import { tokenIdOf } from "./tokenIdOf"

const pixels = Uint8Array.from({ length: 1024 }, (_, k) => (k * 7 + (k >> 5)) % 4)

describe("aigcData and proof encoding", () => {
  it("aigcData is abi.encode(commitment, uint256[9]) and decodes back", () => {
    const words = packPixels(pixels)
    const hex = encodeAigcData({ modelCommitment: 42n, words })
    expect((hex.length - 2) / 2).toBe(320)
    expect(BigInt(hex.slice(0, 66))).toBe(42n)
    expect(decodeAigcData(hex)).toEqual({ modelCommitment: 42n, words })
    expect(() => decodeAigcData("0x1234")).toThrow(/320 bytes/)
    expect(() => encodeAigcData({ modelCommitment: 1n, words: [1n] })).toThrow(/9 words/)
  })

  it("the proof is 256 bytes in a, b, c order and accepts decimal strings", () => {
    const hex = encodeProof({
      a: ["1", 2n],
      b: [
        ["3", "4"],
        [5n, "0x6"]
      ],
      c: ["7", "8"]
    })
    expect((hex.length - 2) / 2).toBe(256)
    const words = Array.from({ length: 8 }, (_, i) => BigInt(`0x${hex.slice(2 + 64 * i, 66 + 64 * i)}`))
    expect(words).toEqual([1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n])
  })

  it("stored data drops the 28 zero bytes of word 8", () => {
    const aigcData = encodeAigcData({ modelCommitment: 9n, words: packPixels(pixels) })
    const stored = storedImageData("hi", aigcData, 0x1234n)
    expect((stored.length - 2) / 2).toBe(300 + 2)
    expect(stored.slice(2, 2 + 576)).toBe(aigcData.slice(2, 2 + 576))
    expect(stored.slice(2 + 576, 2 + 584)).toBe(aigcData.slice(2 + 632))
    expect(stored.slice(2 + 584, 2 + 600)).toBe("0000000000001234")
    expect(stored.endsWith("6869")).toBe(true)
  })

  it("tokenIdOf is the keccak of the UTF-8 prompt", () => {
    expect(tokenIdOf("")).toBe(0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470n)
  })
})
