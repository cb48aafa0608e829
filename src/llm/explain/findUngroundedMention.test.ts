import { describe, expect, it } from "vitest"
import type { ExplainInput } from "../prompt/types"
import { findUngroundedMention, groundsOf } from "./findUngroundedMention"

/** An unlimited USDC approval to a plain wallet, as the Shield reports it. */
const APPROVAL: ExplainInput = {
  verdict: "danger",
  method: "eth_sendTransaction",
  findings: [
    { id: "approval-to-eoa", severity: "danger", title: "Allowance to a personal wallet", detail: "0x3c44...93bc is a plain wallet, not a contract." },
    { id: "unlimited-approval", severity: "warning", title: "Unlimited USDC allowance", detail: "0x3c44...93bc could move an unlimited amount of your USDC." }
  ],
  decoded: {
    chainId: 31337,
    allowances: [
      {
        token: "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48",
        spender: "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc",
        amount: { raw: 2n ** 256n - 1n, display: "unlimited USDC", decimals: 6 }
      }
    ],
    transfers: [{ amount: { display: "1,250.5 DAI" } }]
  }
}
const grounds = groundsOf(APPROVAL)
const check = (text: string) => findUngroundedMention(text, grounds)

describe("findUngroundedMention", () => {
  it("lets through what the request and findings contain", () => {
    expect(check("Signing lets 0x3c44...93bc move all of your USDC, with no limit.")).toBeUndefined()
    expect(check("The spender 0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc is a plain wallet.")).toBeUndefined()
    expect(check("The token is 0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48 (USDC); the spender 0x3c44cddd…93bc.")).toBeUndefined()
    expect(check("It also moves 1250.50 DAI on chain 31337. DANGER: an ERC20 approval (EIP-20 style) to an EOA.")).toBeUndefined()
    expect(check("Mamori's rules say this is dangerous. Reject it.")).toBeUndefined()
  })

  it("finds an address the request does not contain, full or shortened", () => {
    expect(check("It sends your tokens to 0x1111111111111111111111111111111111111111.")).toEqual({ kind: "address", text: "0x1111111111111111111111111111111111111111" })
    expect(check("The spender 0x3c44...beef is a wallet.")).toEqual({ kind: "address", text: "0x3c44...beef" })
    expect(check("See 0xdeadbe…93bc.")).toMatchObject({ kind: "address" })
  })

  it("finds an amount the request does not contain", () => {
    expect(check("It lets the spender take 500 USDC.")).toEqual({ kind: "amount", text: "500" })
    expect(check("You would lose 1,000 tokens.")).toEqual({ kind: "amount", text: "1,000" })
    // digits inside the request's hex strings are not amounts it contains
    expect(check("It moves 44 tokens.")).toEqual({ kind: "amount", text: "44" })
  })

  it("finds a token symbol the request does not contain", () => {
    expect(check("It lets the spender take all your WETH.")).toEqual({ kind: "token", text: "WETH" })
    expect(check("Your $PEPE is at risk.")).toEqual({ kind: "token", text: "$PEPE" })
    expect(check("Your ETH is at risk.")).toEqual({ kind: "token", text: "ETH" })
    expect(findUngroundedMention("It sends ETH.", groundsOf({ verdict: "warning", findings: [], decoded: { effects: [{ asset: { kind: "native" } }] } }))).toBeUndefined()
  })

  it("ignores capitalised words that are not symbols, and lowercase prose", () => {
    expect(check("This NFT approval is not SAFE: the RPC node and the EOA check said so, OK?")).toBeUndefined()
    expect(check("the spender could drain your wallet")).toBeUndefined()
  })
})
