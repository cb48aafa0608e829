import { describe, expect, it } from "vitest"
import { packPixels } from "./packPixels"
import { proofToSolidity } from "./proofToSolidity"
import { unpackPixels } from "./unpackPixels"

describe("pixel packing", () => {
  it("puts pixel j of word w at bits 2j..2j+1 and round-trips", () => {
    const px = new Uint8Array(1024)
    px[0] = 1
    px[125] = 3
    px[126] = 2
    px[1023] = 3
    const words = packPixels(px)
    expect(words.length).toBe(9)
    expect(words[0]).toBe(1n + (3n << 250n))
    expect(words[1]).toBe(2n)
    expect(words[8]).toBe(3n << 30n) // pixel 1023 is pixel 15 of word 8
    expect(unpackPixels(words)).toEqual(px)
    const random = Uint8Array.from({ length: 1024 }, (_, i) => (i * 7 + (i >> 3)) & 3)
    expect(unpackPixels(packPixels(random).map(String))).toEqual(random)
    // Every word stays below 4^126; word 8 (16 pixels) below 2^32.
    expect(packPixels(new Uint8Array(1024).fill(3))[8]).toBe(2n ** 32n - 1n)
  })

  it("rejects bad input", () => {
    expect(() => packPixels(new Uint8Array(1023))).toThrow(/1024/)
    expect(() => packPixels(Uint8Array.from({ length: 1024 }, () => 4))).toThrow(/0\.\.3/)
    expect(() => unpackPixels(Array(9).fill(1n << 252n))).toThrow(/out of range/)
    expect(() => unpackPixels([...Array(8).fill(0n), 1n << 32n])).toThrow(/out of range/)
  })

  it("orders a proof as the Solidity verifier expects (G2 swapped)", () => {
    const proof = {
      pi_a: ["1", "2", "1"],
      pi_b: [
        ["3", "4"],
        ["5", "6"],
        ["1", "0"]
      ],
      pi_c: ["7", "8", "1"],
      protocol: "groth16",
      curve: "bn128"
    }
    const s = proofToSolidity(
      proof,
      Array.from({ length: 11 }, (_, i) => String(i))
    )
    expect(s.a).toEqual([1n, 2n])
    expect(s.b).toEqual([
      [4n, 3n],
      [6n, 5n]
    ])
    expect(s.c).toEqual([7n, 8n])
    expect(s.publicSignals[10]).toBe(10n)
    expect(() => proofToSolidity(proof, ["1"])).toThrow(/11 public signals/)
  })
})
