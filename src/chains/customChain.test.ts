import { describe, expect, it } from "vitest"

import { isRpcUrl, parseCustomChain, parseCustomChains } from "./customChain"
import { ChainSettingError } from "./errors"

const good = { id: "11155111", name: "Sepolia", nativeSymbol: "ETH", rpcUrl: "https://rpc.sepolia.example" }

function fieldOf(f: () => unknown): string | undefined {
  try {
    f()
  } catch (e) {
    return e instanceof ChainSettingError ? e.field : "other"
  }
  return undefined
}

describe("custom chains", () => {
  it("accepts a well-formed chain, trimmed", () => {
    expect(parseCustomChain({ ...good, name: "  Sepolia ", id: " 11155111" })).toEqual({
      id: 11155111,
      name: "Sepolia",
      nativeSymbol: "ETH",
      rpcUrl: "https://rpc.sepolia.example"
    })
    expect(parseCustomChain({ ...good, id: 7777 }).id).toBe(7777)
  })

  it("refuses each bad field with a typed error naming it", () => {
    expect(fieldOf(() => parseCustomChain({ ...good, id: "0x1" }))).toBe("id")
    expect(fieldOf(() => parseCustomChain({ ...good, id: "0" }))).toBe("id")
    expect(fieldOf(() => parseCustomChain({ ...good, id: "1" }))).toBe("id")
    expect(() => parseCustomChain({ ...good, id: "1" })).toThrow(/Ethereum, which Mamori already knows/)
    expect(fieldOf(() => parseCustomChain({ ...good, name: "" }))).toBe("name")
    expect(fieldOf(() => parseCustomChain({ ...good, name: "a\u202eb" }))).toBe("name")
    expect(fieldOf(() => parseCustomChain({ ...good, name: "x".repeat(41) }))).toBe("name")
    expect(fieldOf(() => parseCustomChain({ ...good, nativeSymbol: "<b>" }))).toBe("nativeSymbol")
    expect(fieldOf(() => parseCustomChain({ ...good, rpcUrl: "javascript:alert(1)" }))).toBe("rpcUrl")
    expect(fieldOf(() => parseCustomChain({ ...good, rpcUrl: "ws://127.0.0.1:8546" }))).toBe("rpcUrl")
  })

  it("reads stored lists defensively: bad entries and duplicates dropped", () => {
    expect(parseCustomChains(null)).toEqual([])
    expect(parseCustomChains([{ id: 7777, name: "A", nativeSymbol: "A" }, { id: 7777, name: "B", nativeSymbol: "B" }, { id: 1, name: "Fake", nativeSymbol: "ETH" }, "x"])).toEqual([
      { id: 7777, name: "A", nativeSymbol: "A" }
    ])
  })

  it("accepts only http(s) URLs with a host", () => {
    expect(isRpcUrl("http://127.0.0.1:8545")).toBe(true)
    expect(isRpcUrl("https://")).toBe(false)
    expect(isRpcUrl("file:///etc/passwd")).toBe(false)
    expect(isRpcUrl(42)).toBe(false)
  })
})
