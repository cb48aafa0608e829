import { encodeAbiParameters } from "viem"
import { describe, expect, it } from "vitest"
import { revertReason } from "./revertReason"

describe("revertReason", () => {
  it("reads Error(string), panics and custom errors", () => {
    expect(revertReason(`0x08c379a0${encodeAbiParameters([{ type: "string" }], ["Pool: not enough"]).slice(2)}`)).toBe("Pool: not enough")
    expect(revertReason(`0x4e487b71${encodeAbiParameters([{ type: "uint256" }], [0x11n]).slice(2)}`)).toBe("panic 0x11 (arithmetic overflow or underflow)")
    expect(revertReason("0xe450d38c0000")).toBe("not enough tokens (ERC20InsufficientBalance)")
    expect(revertReason("0x12345678")).toBe("custom error 0x12345678")
  })
  it("strips control and bidi characters from a contract's message, and caps it", () => {
    const msg = `ok\u202e${"x".repeat(400)}`
    const r = revertReason(`0x08c379a0${encodeAbiParameters([{ type: "string" }], [msg]).slice(2)}`)!
    expect(r).not.toMatch(/\u202e/)
    expect(r.length).toBeLessThanOrEqual(160)
  })
  it("gives undefined for no data or garbage", () => {
    expect(revertReason("0x")).toBeUndefined()
    expect(revertReason(undefined)).toBeUndefined()
    expect(revertReason("nonsense")).toBeUndefined()
  })
})
