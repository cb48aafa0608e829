import { describe, expect, it, vi } from "vitest"

import { wrapProvider, type Reviewer } from "./wrapProvider"

function walletDouble() {
  const calls: { method: string; self: unknown }[] = []
  const error = Object.assign(new Error("execution reverted"), { code: -32000, data: "0x08c379a0" })
  const provider = {
    isMetaMask: true,
    _state: { accounts: ["0xabc"] },
    async request(this: any, args: { method: string; params?: unknown[] }) {
      calls.push({ method: args.method, self: this })
      if (args.method === "eth_call") throw error
      if (args.method === "eth_chainId") return "0x7a69"
      return `signed:${args.method}`
    },
    sendAsync(this: any, payload: { id: number; method: string }, cb: (e: unknown, r?: unknown) => void) {
      calls.push({ method: payload.method, self: this })
      cb(null, { id: payload.id, jsonrpc: "2.0", result: `async:${payload.method}` })
    },
    send(this: any, method: string | { method: string }, params?: unknown) {
      calls.push({ method: typeof method === "string" ? method : method.method, self: this })
      return Promise.resolve(`send:${typeof method === "string" ? method : method.method}:${JSON.stringify(params ?? null)}`)
    }
  }
  return { provider, calls, error }
}

const allow: Reviewer = async () => ({ allow: true })
const deny: Reviewer = async () => ({ allow: false, reason: "Rejected in Mamori" })

describe("wrapProvider", () => {
  it("passes non-signing calls through unchanged: result, error object, this, flags", async () => {
    const { provider, calls, error } = walletDouble()
    const review = vi.fn(allow)
    expect(wrapProvider(provider, review)).toBe(true)
    expect(await provider.request({ method: "eth_chainId" })).toBe("0x7a69")
    await expect(provider.request({ method: "eth_call" })).rejects.toBe(error)
    expect(calls.every((c) => c.self === provider)).toBe(true)
    expect(provider.isMetaMask).toBe(true)
    expect(provider._state.accounts).toEqual(["0xabc"])
    expect(review).not.toHaveBeenCalled()
  })

  it("holds signing requests for review and forwards them when allowed", async () => {
    const { provider, calls } = walletDouble()
    const review = vi.fn(allow)
    wrapProvider(provider, review)
    expect(await provider.request({ method: "personal_sign", params: ["0x68", "0xabc"] })).toBe("signed:personal_sign")
    expect(review).toHaveBeenCalledWith({ method: "personal_sign", params: ["0x68", "0xabc"] }, provider)
    expect(calls.map((c) => c.method)).toEqual(["personal_sign"])
  })

  it("rejects with EIP-1193 error 4001 and never reaches the wallet when denied", async () => {
    const { provider, calls } = walletDouble()
    wrapProvider(provider, deny)
    await expect(provider.request({ method: "eth_sendTransaction", params: [{}] })).rejects.toMatchObject({ code: 4001, message: "Rejected in Mamori" })
    expect(calls).toEqual([])
  })

  it("reviews the legacy send and sendAsync forms too", async () => {
    const { provider, calls } = walletDouble()
    wrapProvider(provider, deny)
    await expect(provider.send("eth_signTypedData_v4", ["0xabc", "{}"])).rejects.toMatchObject({ code: 4001 })
    const viaCallback = await new Promise<{ e: any; r: any }>((resolve) =>
      provider.sendAsync({ id: 7, method: "eth_sign" }, (e, r) => resolve({ e, r }))
    )
    expect(viaCallback.e.code).toBe(4001)
    expect(viaCallback.r).toMatchObject({ id: 7, error: { code: 4001 } })
    expect(await provider.send("eth_chainId")).toBe('send:eth_chainId:null')
    expect(calls.map((c) => c.method)).toEqual(["eth_chainId"])
  })

  it("gives each concurrent request its own decision", async () => {
    const { provider } = walletDouble()
    const pending: ((allow: boolean) => void)[] = []
    wrapProvider(provider, () => new Promise((resolve) => pending.push((allow) => resolve({ allow }))))
    const a = provider.request({ method: "personal_sign", params: ["0x61"] })
    const b = provider.request({ method: "personal_sign", params: ["0x62"] })
    await new Promise((r) => setTimeout(r, 0))
    expect(pending).toHaveLength(2)
    pending[1](false)
    pending[0](true)
    await expect(a).resolves.toBe("signed:personal_sign")
    await expect(b).rejects.toMatchObject({ code: 4001 })
  })

  it("wraps a provider once, and reports a frozen provider it cannot wrap", () => {
    const { provider } = walletDouble()
    expect(wrapProvider(provider, allow)).toBe(true)
    expect(wrapProvider(provider, allow)).toBe(false)
    const frozen = Object.freeze({ request: async () => 1 })
    expect(wrapProvider(frozen, allow)).toBe(false)
    expect(wrapProvider({ notAProvider: true }, allow)).toBe(false)
  })
})
