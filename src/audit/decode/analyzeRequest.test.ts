import { describe, expect, it } from "vitest"
import { data, MAX, permit2Single, personal, ROUTER, run, seaportOrder, sendCalls, siwe, STRANGER, tx, typed, UR, USDC, USER, WETH } from "../../../test/unit/audit/kit"

describe("decoded output for the UI", () => {
  it("shows who can spend what, with human amounts", () => {
    const r = run(tx(USDC, data.approve(ROUTER, 1_000_000_000n)))
    expect(r.decoded.allowances[0]).toMatchObject({ kind: "erc20-approve", spender: ROUTER, token: USDC, amount: { display: "1,000 USDC", unlimited: false } })
    expect(r.summary).toBe("Looks safe: calls approve on USDC (0xa0b8…eb48).")
  })
  it("says unlimited for max approvals", () => {
    expect(run(tx(USDC, data.approve(STRANGER, MAX))).decoded.allowances[0]?.amount?.display).toBe("unlimited USDC")
  })
  it("decodes a Universal Router plan down to its commands", () => {
    const plan = data.routerPlan([
      { command: 0x0b, types: ["address", "uint256"], values: ["0x0000000000000000000000000000000000000002", 10n ** 18n] },
      { command: 0x00, types: ["address", "uint256", "uint256", "bytes", "bool"], values: ["0x0000000000000000000000000000000000000001", 10n ** 18n, 1n, "0x", false] }
    ])
    const r = run(tx(UR, plan, 10n ** 18n))
    expect(r.decoded.calls[0]?.functionName).toBe("execute")
    expect(r.decoded.calls[0]?.inner?.map((c) => c.functionName)).toEqual(["WRAP_ETH", "V3_SWAP_EXACT_IN"])
    expect(r.decoded.give[0]).toMatchObject({ kind: "native", amount: { display: "1 ETH" } })
  })
  it("decodes every call of a wallet_sendCalls batch", () => {
    const r = run(
      sendCalls([
        { to: USDC, data: data.transfer(STRANGER, 5_000_000n) },
        { to: STRANGER, value: 10n ** 17n }
      ])
    )
    expect(r.decoded.kind).toBe("batch")
    expect(r.decoded.calls).toHaveLength(2)
    expect(r.decoded.give.map((g) => g.amount?.display)).toEqual(["5 USDC", "0.1 ETH"])
  })
  it("shows a Seaport listing as what you give and what you get", () => {
    const r = run(seaportOrder([{ token: "0xbc4ca0eda7647a8ab7c2061c2e118a18a936f13d", id: "1" }], [{ itemType: 1, token: WETH, amount: 37n * 10n ** 17n, recipient: USER }]))
    expect(r.decoded.typedData?.standard).toBe("Seaport")
    expect(r.decoded.give[0]?.amount?.display).toMatch(/1 NFT/)
    expect(r.decoded.get[0]?.amount?.display).toBe("3.7 ETH")
  })
  it("flags Permit2 expirations written in milliseconds", () => {
    const r = run(permit2Single(STRANGER, 10n, 1713905488546))
    expect(r.decoded.allowances[0]?.untilWasMilliseconds).toBe(true)
  })
  it("renders unknown typed data as a tree", () => {
    const r = run(
      typed(
        "Mail",
        {
          Mail: [
            { name: "to", type: "Person" },
            { name: "contents", type: "string" }
          ],
          Person: [{ name: "name", type: "string" }]
        },
        { name: "Ether Mail", chainId: 1 },
        { to: { name: "Bob" }, contents: "Hello" }
      )
    )
    expect(r.decoded.typedData?.tree.children?.[0]?.children?.[0]).toMatchObject({ name: "name", value: "Bob" })
    // Unrecognised typed data is never "safe": at least unknown, said plainly.
    expect(r.verdict).toBe("unknown")
  })
  it("parses Sign-In with Ethereum", () => {
    const r = run(siwe("app.example.org", "https://app.example.org"))
    expect(r.decoded.message?.siwe).toMatchObject({ domain: "app.example.org", chainId: 1 })
  })
  it("caps and cleans page strings", () => {
    const r = run(personal(`\u202e${"x".repeat(5000)}`))
    expect(r.decoded.message?.text?.length).toBeLessThanOrEqual(2001)
    expect(r.decoded.message?.text).not.toContain("\u202e")
  })
})
