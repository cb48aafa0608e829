import { describe, expect, it } from "vitest"

import { RPC_CODES, toProviderError, userDenied, WalletRpcError } from "./rpcErrors"
import { accountsFor, connectSite, parseSites, permissionsOf, revokeSite } from "./sites"

const A = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" as const
const B = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as const

describe("connected sites", () => {
  it("a site sees only the accounts it was given that are still in the wallet, the selected one first", () => {
    let sites = connectSite({}, "https://app.example", [A, B], 1)
    expect(accountsFor(sites, "https://app.example", [A, B], B)).toEqual([B, A])
    expect(accountsFor(sites, "https://app.example", [A], A)).toEqual([A])
    expect(accountsFor(sites, "https://other.example", [A, B], A)).toEqual([])
    expect(permissionsOf(sites, "https://app.example", [A])).toEqual([
      { invoker: "https://app.example", parentCapability: "eth_accounts", caveats: [{ type: "restrictReturnedAccounts", value: [A.toLowerCase()] }], date: 1 }
    ])
    sites = revokeSite(sites, "https://app.example")
    expect(accountsFor(sites, "https://app.example", [A, B], A)).toEqual([])
    expect(permissionsOf(sites, "https://app.example", [])).toEqual([])
  })

  it("reads stored sites defensively", () => {
    expect(parseSites({ "https://x": { accounts: [A, "nope", 3], connectedAt: "x" }, "https://y": null })).toEqual({
      "https://x": { origin: "https://x", accounts: [A], connectedAt: 0 }
    })
    expect(parseSites("garbage")).toEqual({})
  })
})

describe("provider errors", () => {
  it("rejections are 4001 'User denied …'; node errors keep their code; the rest are -32603", () => {
    expect(toProviderError(userDenied("message signature"))).toEqual({ code: 4001, message: "User denied message signature." })
    expect(toProviderError(userDenied("message signature")).message).toMatch(/user denied/i)
    expect(toProviderError(new WalletRpcError(RPC_CODES.unrecognizedChain, "no such chain"))).toEqual({ code: 4902, message: "no such chain" })
    expect(toProviderError({ rpcCode: -32000, shortMessage: "nonce too low" })).toEqual({ code: -32000, message: "nonce too low" })
    expect(toProviderError(new Error("boom")).code).toBe(-32603)
  })
})
