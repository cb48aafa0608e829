import { describe, expect, it, vi } from "vitest"

import { guardProvider, wrapProvider, type Reviewer } from "./wrapProvider"

function walletDouble() {
  const calls: { method: string; params?: unknown; self: unknown; payload?: unknown }[] = []
  const error = Object.assign(new Error("execution reverted"), { code: -32000, data: "0x08c379a0" })
  const provider = {
    isMetaMask: true,
    _state: { accounts: ["0xabc"] },
    async request(this: any, args: { method: string; params?: unknown[] }) {
      calls.push({ method: args.method, params: args.params, self: this })
      if (args.method === "eth_call") throw error
      if (args.method === "eth_chainId") return "0x7a69"
      return `signed:${args.method}`
    },
    sendAsync(this: any, payload: any, cb: (e: unknown, r?: unknown) => void) {
      const list = Array.isArray(payload) ? payload : [payload]
      for (const p of list) calls.push({ method: p.method, params: p.params, self: this, payload })
      cb(
        null,
        Array.isArray(payload) ? payload.map((p: any) => ({ id: p.id, result: `async:${p.method}` })) : { id: payload.id, jsonrpc: "2.0", result: `async:${payload.method}` }
      )
    },
    send(this: any, method: string | { method: string }, params?: unknown) {
      if (typeof params === "function") return provider.sendAsync.call(this, method, params as any)
      calls.push({ method: typeof method === "string" ? method : method.method, self: this })
      return Promise.resolve(`send:${typeof method === "string" ? method : method.method}:${JSON.stringify(params ?? null)}`)
    }
  }
  return { provider, calls, error }
}

/** A class-based wallet: its methods live on the prototype. */
class ClassWallet {
  received: { method: string; params?: unknown }[] = []
  async request(args: { method: string; params?: unknown }) {
    this.received.push({ method: args.method, params: args.params })
    return `ok:${args.method}`
  }
}

const allow: Reviewer = (_r, _j, _p, decide) => decide(true)
const deny: Reviewer = (_r, _j, _p, decide) => decide(false, "Rejected in Mamori")
/** What reached the wallet besides the guard's own eth_chainId reads (it binds each review to the wallet's chain). */
const noChainReads = <T extends string | { method: string }>(list: T[]): T[] => list.filter((c) => (typeof c === "string" ? c : c.method) !== "eth_chainId")
const tick = () => new Promise((r) => setTimeout(r, 0))

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

  it("holds signing requests for review and forwards the reviewed copy when allowed", async () => {
    const { provider, calls } = walletDouble()
    const review = vi.fn(allow)
    wrapProvider(provider, review)
    expect(await provider.request({ method: "personal_sign", params: ["0x68", "0xabc"] })).toBe("signed:personal_sign")
    expect(review.mock.calls[0][0]).toEqual({ method: "personal_sign", params: ["0x68", "0xabc"] })
    expect(review.mock.calls[0][1]).toBe('{"method":"personal_sign","params":["0x68","0xabc"]}')
    expect(noChainReads(calls).map((c) => c.method)).toEqual(["personal_sign"])
  })

  it("rejects with EIP-1193 error 4001 and never reaches the wallet when denied", async () => {
    const { provider, calls } = walletDouble()
    wrapProvider(provider, deny)
    await expect(provider.request({ method: "eth_sendTransaction", params: [{}] })).rejects.toMatchObject({ code: 4001, message: "Rejected in Mamori" })
    expect(noChainReads(calls)).toEqual([])
  })

  it("reads method and params once: getters cannot show one request to Mamori and send another", async () => {
    const { provider, calls } = walletDouble()
    const seen: unknown[] = []
    wrapProvider(provider, (r, _j, _p, decide) => (seen.push(r), decide(true)))
    let m = 0
    await provider.request({
      get method() {
        return m++ ? "eth_sendTransaction" : "eth_chainId"
      }
    } as any)
    expect(calls.map((c) => c.method)).toEqual(["eth_chainId"])
    let p = 0
    const small = [{ to: "0x" + "a".repeat(40), value: "0x1" }]
    const big = [{ to: "0x" + "b".repeat(40), value: "0x8ac7230489e80000" }]
    await provider.request({
      method: "eth_sendTransaction",
      get params() {
        return p++ ? big : small
      }
    } as any)
    expect(seen).toEqual([{ method: "eth_sendTransaction", params: small }])
    expect(noChainReads(calls)[0]).toMatchObject({ method: "eth_sendTransaction", params: small })
  })

  it("the wallet receives a copy: the page changing its params object during the review changes nothing", async () => {
    const { provider, calls } = walletDouble()
    let asked = false
    let decideLater: (allow: boolean) => void = () => {}
    wrapProvider(provider, (_r, _j, _p, decide) => ((decideLater = decide), (asked = true)))
    const tx = { to: "0x" + "a".repeat(40), value: "0x1" }
    const sent = provider.request({ method: "eth_sendTransaction", params: [tx] })
    tx.to = "0x" + "b".repeat(40)
    await vi.waitFor(() => expect(asked).toBe(true))
    decideLater(true)
    await sent
    expect((noChainReads(calls)[0].params as any)[0].to).toBe("0x" + "a".repeat(40))
  })

  it("wraps prototype methods of class-based wallets: the prototype's method and a deleted own method stay guarded", async () => {
    const wallet = new ClassWallet()
    wrapProvider(wallet, deny)
    const proto = Object.getPrototypeOf(wallet)
    await expect(proto.request.call(wallet, { method: "eth_sendTransaction", params: [{}] })).rejects.toMatchObject({ code: 4001 })
    delete (wallet as any).request
    await expect(wallet.request({ method: "eth_sendTransaction", params: [{}] })).rejects.toMatchObject({ code: 4001 })
    expect(noChainReads(wallet.received)).toEqual([])
    expect(await wallet.request({ method: "eth_chainId" })).toBe("ok:eth_chainId")
  })

  it("does not use built-ins the page can patch after start-up (Function.prototype.call/apply, Set.prototype.has, Array.prototype.some)", async () => {
    const { provider, calls } = walletDouble()
    wrapProvider(provider, deny)
    const saved = { call: Function.prototype.call, apply: Function.prototype.apply, has: Set.prototype.has, some: Array.prototype.some }
    const leaked: unknown[] = []
    let r: Promise<unknown> | undefined
    let passed: Promise<unknown> | undefined
    try {
      Function.prototype.call = function (this: unknown, ...a: unknown[]) {
        leaked.push(this)
        return Reflect.apply(this as any, a[0], a.slice(1))
      } as any
      Function.prototype.apply = function (this: unknown, self: unknown, a: unknown[]) {
        leaked.push(this)
        return Reflect.apply(this as any, self, a ?? [])
      } as any
      Set.prototype.has = () => false
      Array.prototype.some = () => false
      r = provider.request({ method: "eth_sendTransaction", params: [{}] })
      passed = provider.request({ method: "eth_chainId" })
    } finally {
      Function.prototype.call = saved.call
      Function.prototype.apply = saved.apply
      Set.prototype.has = saved.has
      Array.prototype.some = saved.some
    }
    await expect(r).rejects.toMatchObject({ code: 4001 })
    await passed
    expect(noChainReads(calls)).toEqual([])
    expect(leaked).toEqual([])
  })

  it("reviews every signing element of send/sendAsync batches; one rejection rejects the batch", async () => {
    const { provider, calls } = walletDouble()
    const reviewed: string[] = []
    wrapProvider(provider, (r, _j, _p, decide) => (reviewed.push(r.method), decide(r.method !== "eth_sendTransaction", "no")))
    const viaSendAsync = await new Promise<{ e: any; r: any }>((resolve) =>
      provider.sendAsync(
        [
          { id: 1, method: "eth_chainId" },
          { id: 2, method: "personal_sign", params: ["0x68"] },
          { id: 3, method: "eth_sendTransaction", params: [{}] }
        ],
        (e, r) => resolve({ e, r })
      )
    )
    expect(viaSendAsync.e.code).toBe(4001)
    expect(viaSendAsync.r).toHaveLength(3)
    expect(reviewed).toEqual(["personal_sign", "eth_sendTransaction"])
    const viaSend = await new Promise<{ e: any }>((resolve) => (provider.send as any)([{ id: 4, method: "eth_sign", params: [] }], (e: any) => resolve({ e })))
    expect(reviewed).toEqual(["personal_sign", "eth_sendTransaction", "eth_sign"])
    expect(viaSend.e).toBeNull()
    expect(noChainReads(calls).map((c) => c.method)).toEqual(["eth_sign"])
  })

  it("reviews the legacy send and sendAsync forms too", async () => {
    const { provider, calls } = walletDouble()
    wrapProvider(provider, deny)
    await expect(provider.send("eth_signTypedData_v4", ["0xabc", "{}"])).rejects.toMatchObject({ code: 4001 })
    const viaCallback = await new Promise<{ e: any; r: any }>((resolve) => provider.sendAsync({ id: 7, method: "eth_sign" }, (e, r) => resolve({ e, r })))
    expect(viaCallback.e.code).toBe(4001)
    expect(viaCallback.r).toMatchObject({ id: 7, error: { code: 4001 } })
    expect(await provider.send("eth_chainId")).toBe("send:eth_chainId:null")
    expect(noChainReads(calls)).toEqual([])
  })

  it("stops a request too large to review, and says so", async () => {
    const { provider, calls } = walletDouble()
    const stopped: string[] = []
    wrapProvider(provider, allow, (method, reason) => stopped.push(`${method}: ${reason}`))
    await expect(provider.request({ method: "eth_signTypedData_v4", params: ["0xabc", "x".repeat(1_100_000)] })).rejects.toMatchObject({ code: 4001 })
    expect(stopped[0]).toMatch(/^eth_signTypedData_v4: The request is too large/)
    expect(calls).toEqual([])
  })

  it("gives each concurrent request its own decision", async () => {
    const { provider } = walletDouble()
    const pending: ((allow: boolean) => void)[] = []
    wrapProvider(provider, (_r, _j, _p, decide) => pending.push(decide))
    const a = provider.request({ method: "personal_sign", params: ["0x61"] })
    const b = provider.request({ method: "personal_sign", params: ["0x62"] })
    await tick()
    expect(pending).toHaveLength(2)
    pending[1](false)
    pending[0](true)
    await expect(a).resolves.toBe("signed:personal_sign")
    await expect(b).rejects.toMatchObject({ code: 4001 })
  })

  it("wraps a provider once; a frozen provider gets a guarded facade instead of failing open", async () => {
    const { provider } = walletDouble()
    expect(guardProvider(provider, allow)).toBe(provider)
    expect(guardProvider(provider, allow)).toBe(provider)
    const received: string[] = []
    class Frozen {
      isFrozenWallet = true
      request(args: { method: string }) {
        received.push(args.method)
        return Promise.resolve(`ok:${args.method}`)
      }
      sendAsync(payload: { id: number; method: string }, cb: (e: unknown, r: unknown) => void) {
        received.push(payload.method)
        cb(null, { id: payload.id, result: "raw" })
      }
      on(_event: string, _fn: () => void) {
        return this
      }
    }
    Object.freeze(Frozen.prototype)
    const frozen = Object.freeze(new Frozen())
    const facade = guardProvider(frozen, deny) as any
    expect(facade).not.toBe(frozen)
    expect(guardProvider(frozen, deny)).toBe(facade)
    expect(facade.isFrozenWallet).toBe(true)
    await expect(facade.request({ method: "personal_sign", params: ["0x68"] })).rejects.toMatchObject({ code: 4001 })
    // The ways back to the unwrapped methods are closed: prototype, constructor, a method returning `this`.
    expect(Object.getPrototypeOf(facade)).toBe(Object.prototype)
    expect(facade.constructor).toBeUndefined()
    expect(facade.on("x", () => {})).toBe(facade)
    expect(() => Object.defineProperty(facade, "request", { value: () => 1 })).toThrow()
    expect(() => {
      facade.request = () => "replaced"
    }).toThrow()
    await expect(facade.request({ method: "eth_sendTransaction", params: [{}] })).rejects.toMatchObject({ code: 4001 })
    const viaSendAsync = await new Promise<any>((resolve) => facade.sendAsync({ id: 1, method: "eth_sign", params: [] }, (e: any) => resolve(e)))
    expect(viaSendAsync.code).toBe(4001)
    expect(await facade.request({ method: "eth_chainId" })).toBe("ok:eth_chainId")
    expect(noChainReads(received)).toEqual([])
    // An own non-writable, non-configurable request on an extensible provider: the facade too.
    const own = { received: [] as string[] }
    Object.defineProperty(own, "request", {
      value(args: { method: string }) {
        own.received.push(args.method)
        return Promise.resolve("0x")
      },
      writable: false,
      configurable: false
    })
    const ownFacade = guardProvider(own, deny) as any
    expect(ownFacade).not.toBe(own)
    await expect(ownFacade.request({ method: "personal_sign", params: [] })).rejects.toMatchObject({ code: 4001 })
    expect(noChainReads(own.received)).toEqual([])
    expect(wrapProvider({ notAProvider: true }, allow)).toBe(false)
  })

  it("approval is one-shot: the reviewed copy is frozen, and handing it back is reviewed again", async () => {
    const leaked: any[] = []
    const received: unknown[] = []
    const wallet = {
      request(args: any) {
        leaked.push(args)
        received.push(JSON.parse(JSON.stringify(args)))
        return Promise.resolve("0xhash")
      }
    }
    const review = vi.fn(allow)
    wrapProvider(wallet, review)
    await wallet.request({ method: "eth_sendTransaction", params: [{ to: "0x" + "2".repeat(40), value: "0x1" }] })
    expect(review).toHaveBeenCalledTimes(1)
    const token = leaked.find((a) => a.method === "eth_sendTransaction")
    expect(Object.isFrozen(token) && Object.isFrozen(token.params) && Object.isFrozen(token.params[0])).toBe(true)
    expect(() => {
      token.params[0].to = "0x" + "6".repeat(40)
    }).toThrow()
    await wallet.request(token)
    await wallet.request({ method: "personal_sign", params: token.params })
    expect(review).toHaveBeenCalledTimes(3)
    expect(noChainReads(received as { method: string }[])).toHaveLength(3)
  })

  it("refuses a method that is not a plain string with EIP-1193 4200, and reviews every method not on the read-only list", async () => {
    const { provider, calls } = walletDouble()
    const reviewed: string[] = []
    const stopped: string[] = []
    wrapProvider(
      provider,
      (r, _j, _p, decide) => (reviewed.push(r.method), decide(false)),
      (m) => stopped.push(m)
    )
    for (const method of [new String("personal_sign"), { toJSON: () => "eth_sendTransaction" }, { toString: () => "personal_sign" }, ["personal_sign"], undefined])
      await expect(provider.request({ method, params: [] } as any)).rejects.toMatchObject({ code: 4200 })
    const viaSendAsync = await new Promise<any>((resolve) => provider.sendAsync({ id: 1, method: { toJSON: () => "eth_sign" } }, (e: any) => resolve(e)))
    expect(viaSendAsync.code).toBe(4200)
    expect(stopped.length).toBe(6)
    const variants = [
      "PERSONAL_SIGN",
      "personal_sign ",
      "personal_sign\u0000",
      "personal\u200bsign",
      "wallet_grantPermissions",
      "wallet_invokeSnap",
      "wallet_snap",
      "eth_signUserOperation",
      "eth_sendUserOperation",
      "wallet_sendTransaction",
      "wallet_sign",
      "wallet_signTypedData",
      "eth_batchSendTransaction",
      "eth_decrypt",
      "something_new"
    ]
    for (const method of variants) await expect(provider.request({ method, params: [] })).rejects.toMatchObject({ code: 4001 })
    expect(reviewed).toEqual(variants)
    // A snap permission is reviewed; asking only for the accounts (a dapp's connect) is not.
    await expect(provider.request({ method: "wallet_requestPermissions", params: [{ wallet_snap: {} }] })).rejects.toMatchObject({ code: 4001 })
    await provider.request({ method: "wallet_requestPermissions", params: [{ eth_accounts: {} }] })
    await provider.request({ method: "eth_getBalance", params: ["0xabc", "latest"] })
    expect(noChainReads(calls).map((c) => c.method)).toEqual(["wallet_requestPermissions", "eth_getBalance"])
  })
})
