import { describe, expect, it } from "vitest"
import { decodeAigcData, encodeAigcData, encodeProof } from "./aigcData"
import { packPixels, unpackPixels } from "./pixelWords"
import { storedImageData } from "./storedImageData"
import { tokenIdOf } from "./tokenIdOf"
import { packPixels as zkPackPixels } from "../zk/packPixels"

const pixels = Uint8Array.from({ length: 1024 }, (_, k) => (k * 7 + (k >> 5)) % 4)

describe("pixel words", () => {
  it("packs 126 pixels per word, pixel j of a word times 4^j", () => {
    const one = new Uint8Array(1024)
    one[0] = 1
    one[127] = 2
    one[1023] = 3
    const words = packPixels(one)
    expect(words).toHaveLength(9)
    expect(words[0]).toBe(1n)
    expect(words[1]).toBe(2n * 4n)
    expect(words[8]).toBe(3n * 4n ** 15n)
    expect(words.slice(2, 8).every((w) => w === 0n)).toBe(true)
  })

  it("round-trips, and every word stays below 4^126 (word 8 below 2^32)", () => {
    const words = packPixels(pixels)
    expect(Array.from(unpackPixels(words))).toEqual(Array.from(pixels))
    expect(words.every((w) => w < 4n ** 126n)).toBe(true)
    expect(packPixels(new Uint8Array(1024).fill(3))[8]).toBe(2n ** 32n - 1n)
  })

  it("agrees with the prover's packing (src/zk)", () => {
    expect(packPixels(pixels)).toEqual(zkPackPixels(pixels))
  })

  it("rejects wrong sizes and values", () => {
    expect(() => packPixels(new Uint8Array(1023))).toThrow(/1024 pixels/)
    expect(() => packPixels(Array.from({ length: 1024 }, (_, i) => (i === 5 ? 4 : 0)))).toThrow(/Pixel 5/)
    expect(() => unpackPixels([1n])).toThrow(/9 words/)
  })
})

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
    const hex = encodeProof({ a: ["1", 2n], b: [["3", "4"], [5n, "0x6"]], c: ["7", "8"] })
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
