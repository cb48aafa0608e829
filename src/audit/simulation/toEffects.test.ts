import { describe, expect, it } from "vitest"
import { netFlows } from "./netFlows"
import { toEffects } from "./toEffects"

const USER = "0x1111111111111111111111111111111111111111"
const POOL = "0x2222222222222222222222222222222222222222"
const TOKEN = "0x4444444444444444444444444444444444444444"
const MAX = ((1n << 256n) - 1n).toString()

describe("toEffects", () => {
  it("speaks the shared effect model with source 'simulation'", () => {
    const flows = netFlows(
      [
        { kind: "native", from: USER, to: POOL, raw: "100" },
        { kind: "erc20", token: TOKEN, from: POOL, to: USER, raw: "7" }
      ],
      USER
    )
    const effects = toEffects(
      flows,
      [
        { kind: "erc20-approve", token: TOKEN, owner: USER, spender: POOL, raw: MAX },
        { kind: "nft-operator", token: TOKEN, owner: USER, spender: POOL, approved: true }
      ],
      USER
    )
    expect(effects).toEqual([
      { type: "outflow", source: "simulation", via: "simulated transfer", asset: { kind: "native", token: undefined, tokenId: undefined }, amount: "100", to: POOL },
      { type: "inflow", source: "simulation", via: `simulated transfer from ${POOL}`, asset: { kind: "erc20", token: TOKEN, tokenId: undefined }, amount: "7", to: USER },
      {
        type: "grant",
        source: "simulation",
        via: "Approval event in the simulation",
        power: "allowance",
        to: POOL,
        asset: { kind: "erc20", token: TOKEN, tokenId: undefined },
        amount: MAX,
        unlimited: true,
        until: undefined
      },
      {
        type: "grant",
        source: "simulation",
        via: "ApprovalForAll event in the simulation",
        power: "operator",
        to: POOL,
        asset: { kind: "erc721", token: TOKEN, tokenId: undefined },
        amount: undefined,
        unlimited: undefined,
        until: undefined
      }
    ])
  })
})
