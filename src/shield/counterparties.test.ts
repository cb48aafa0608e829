import { describe, expect, it } from "vitest"

import { addConfirmed, knownCounterparties, parseCounterparties, PER_ORIGIN_LIMIT } from "./counterparties"
import { chainOfRequest, chooseChains } from "./requestChain"

const addr = (n: number) => `0x${n.toString(16).padStart(40, "0")}`

describe("counterparties", () => {
  it("keeps each site's confirmed counterparties, bounded per site: one site cannot push out another's", () => {
    let s = addConfirmed({}, "https://bank.test", [addr(1).toUpperCase().replace("0X", "0x")], 1)
    for (let i = 0; i < 505; i++) s = addConfirmed(s, "https://evil.test", [addr(1000 + i)], 2 + i)
    expect(s["https://evil.test"]).toHaveLength(PER_ORIGIN_LIMIT)
    expect(knownCounterparties(s)).toContain(addr(1))
    expect(addConfirmed(s, "https://x.test", ["not an address"], 9)).toBe(s)
    expect(
      parseCounterparties({
        a: [
          { address: addr(2), at: 1 },
          { address: "x", at: 1 }
        ],
        b: "junk"
      })
    ).toEqual({ a: [{ address: addr(2), at: 1 }] })
  })
})

describe("chain choice", () => {
  it("reads the chain a request names", () => {
    expect(chainOfRequest("eth_sendTransaction", [{ chainId: "0x7a69" }])).toBe(31337)
    expect(chainOfRequest("eth_signTypedData_v4", ["0xabc", JSON.stringify({ domain: { chainId: 1 } })])).toBe(1)
    expect(chainOfRequest("wallet_sendCalls", [{ chainId: "0x89", calls: [] }])).toBe(137)
    expect(chainOfRequest("personal_sign", ["0x68", "0xabc"])).toBeUndefined()
  })

  it("lets the page's answer raise suspicion only", () => {
    expect(chooseChains(31337, "0x1", ["31337"]).chains).toEqual(["31337"])
    expect(chooseChains(31337, "0x1", ["31337"]).note).toMatch(/chain 1/)
    // The page says chain 1, which has no RPC here: judged on the chains Mamori knows.
    expect(chooseChains(undefined, "0x1", ["31337"])).toMatchObject({ chains: ["31337"] })
    expect(chooseChains(undefined, "0x7a69", ["1", "31337"])).toEqual({ chains: ["31337"] })
    expect(chooseChains(undefined, undefined, ["1", "31337"]).chains).toEqual(["1", "31337"])
  })
})
