import { describe, expect, it } from "vitest"

import { createMamoriProvider } from "./provider"

describe("createMamoriProvider", () => {
  it("forwards requests, refuses malformed ones, and cannot be patched", async () => {
    const sent: unknown[] = []
    const { provider } = createMamoriProvider({ send: async (method, params) => (sent.push([method, params]), "0x7a69") })
    await expect(provider.request({ method: "eth_chainId" })).resolves.toBe("0x7a69")
    await expect(provider.request({} as never)).rejects.toMatchObject({ code: -32602 })
    expect(sent).toEqual([["eth_chainId", undefined]])
    expect(() => {
      ;(provider as { request: unknown }).request = () => "patched"
    }).toThrow()
    expect(() => delete (provider as { request?: unknown }).request).toThrow()
    // Dapps may still add their own properties.
    ;(provider as unknown as { autoRefreshOnNetworkChange: boolean }).autoRefreshOnNetworkChange = false
  })

  it("emits connect once, then chainChanged and accountsChanged on changes only", () => {
    const { provider, update, disconnected } = createMamoriProvider({ send: async () => null })
    const events: unknown[] = []
    for (const e of ["connect", "chainChanged", "accountsChanged", "disconnect"]) provider.on(e, (x) => events.push([e, x]))
    update({ accounts: [], chainId: "0x7a69" })
    update({ accounts: [], chainId: "0x7a69" })
    update({ accounts: ["0xABC"], chainId: "0x7a69" })
    update({ accounts: ["0xabc"], chainId: "0x1" })
    expect(events).toEqual([
      ["connect", { chainId: "0x7a69" }],
      ["accountsChanged", ["0xabc"]],
      ["chainChanged", "0x1"]
    ])
    events.length = 0
    disconnected("no chain")
    disconnected("no chain")
    update({ accounts: ["0xabc"], chainId: "0x1" })
    expect(events).toEqual([
      ["disconnect", { code: 4900, message: "no chain" }],
      ["connect", { chainId: "0x1" }]
    ])
  })
})
