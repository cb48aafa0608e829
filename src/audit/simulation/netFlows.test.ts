import { describe, expect, it } from "vitest"
import { netFlows } from "./netFlows"

const USER = "0x1111111111111111111111111111111111111111"
const POOL = "0x2222222222222222222222222222222222222222"
const THIEF = "0x3333333333333333333333333333333333333333"
const TOKEN = "0x4444444444444444444444444444444444444444"
const ZERO = "0x0000000000000000000000000000000000000000"

describe("netFlows", () => {
  it("nets a payment and its refund per asset and counterparty", () => {
    const n = netFlows(
      [
        { kind: "native", from: USER, to: POOL, raw: "100" },
        { kind: "native", from: POOL, to: USER, raw: "30" }
      ],
      USER
    )
    expect(n.byCounterparty).toEqual([{ kind: "native", token: undefined, counterparty: POOL, raw: -70n }])
    expect(n.byAsset).toEqual([{ kind: "native", token: undefined, raw: -70n }])
  })

  it("sees who gains when the user's receipt is burned and a third party is paid", () => {
    const n = netFlows(
      [
        { kind: "erc20", token: POOL, from: USER, to: ZERO, raw: "5" },
        { kind: "erc20", token: TOKEN, from: POOL, to: THIEF, raw: "5" }
      ],
      USER
    )
    expect(n.byAsset).toEqual([{ kind: "erc20", token: POOL, raw: -5n }])
    expect(n.gainers).toEqual([{ kind: "erc20", token: TOKEN, address: THIEF, raw: 5n }])
  })

  it("keeps NFTs apart by id and drops what nets to zero", () => {
    const n = netFlows(
      [
        { kind: "erc721", token: TOKEN, from: USER, to: POOL, tokenId: "1" },
        { kind: "erc721", token: TOKEN, from: POOL, to: USER, tokenId: "2" },
        { kind: "erc20", token: TOKEN, from: USER, to: POOL, raw: "3" },
        { kind: "erc20", token: TOKEN, from: POOL, to: USER, raw: "3" }
      ],
      USER
    )
    expect(n.byAsset.map((x) => [x.kind, x.tokenId, x.raw])).toEqual([
      ["erc721", "1", -1n],
      ["erc721", "2", 1n]
    ])
  })
})
