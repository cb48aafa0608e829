import { describe, expect, it } from "vitest"
import { encodeAigcData } from "./aigcData"
import { aigcModelCommitment } from "./aigcModelCommitment"
import { encodeSceneAigcData } from "./sceneAigcData"

describe("aigcModelCommitment", () => {
  it("reads the commitment of either architecture's aigcData", () => {
    expect(aigcModelCommitment(encodeAigcData({ modelCommitment: 123n, words: new Array(9).fill(7n) }))).toBe(123n)
    expect(aigcModelCommitment(encodeSceneAigcData({ modelCommitment: 456n, scene: 1n << 40n }))).toBe(456n)
  })
  it("refuses bytes of no known layout", () => {
    expect(() => aigcModelCommitment("0x01")).toThrow(/matches no architecture/)
    expect(() => aigcModelCommitment(`0x${"00".repeat(96)}`)).toThrow(/96 bytes/)
  })
})
