import { describe, expect, it } from "vitest"
import type { Effect } from "../effects/types"
import { mergeEffects } from "./mergeEffects"

const FRIEND = "0x7777777777777777777777777777777777777777"
const FEES = "0x8888888888888888888888888888888888888888"
const SPENDER = "0x2222222222222222222222222222222222222222"
const TOKEN = "0x4444444444444444444444444444444444444444"
const asset = { kind: "erc20" as const, token: TOKEN }

describe("mergeEffects", () => {
  const request: Effect[] = [
    { type: "outflow", source: "request", via: "transfer", asset, amount: "100", to: FRIEND, direct: true },
    { type: "grant", source: "request", via: "approve", power: "allowance", to: SPENDER, asset, amount: "5" },
    { type: "unknown", source: "request", via: "call", what: "undecoded call 0x12345678" }
  ]
  it("lets the simulation win for flows and for the same grant, keeping what only the request shows", () => {
    const simulation: Effect[] = [
      { type: "outflow", source: "simulation", via: "simulated transfer", asset, amount: "90", to: FRIEND },
      { type: "outflow", source: "simulation", via: "simulated transfer", asset, amount: "10", to: FEES },
      { type: "grant", source: "simulation", via: "Approval event in the simulation", power: "allowance", to: SPENDER, asset, amount: "50" }
    ]
    const merged = mergeEffects(request, simulation)
    expect(merged.filter((e) => e.type === "outflow").map((e) => [e.source, e.type === "outflow" && e.amount])).toEqual([
      ["simulation", "90"],
      ["simulation", "10"]
    ])
    expect(merged.filter((e) => e.type === "grant").map((e) => e.type === "grant" && e.amount)).toEqual(["50"])
    expect(merged.some((e) => e.type === "unknown")).toBe(true)
  })
  it("keeps the request's effects when nothing was simulated", () => {
    expect(mergeEffects(request, undefined)).toEqual(request)
  })
})
