// An emulated extension wallet for Mamori's hostile-page tests: a class-based EIP-1193 provider (methods on the
// prototype), announced through EIP-6963 and set as window.ethereum, with batch-capable sendAsync. It signs with
// the devnet's unlocked accounts through the page origin's /rpc proxy (the demo server) and reports every signing
// request it receives on the console ("WALLET-RECEIVED {json}"), with console.log captured before any page
// script, so a test sees exactly what reached the wallet in any frame.
;(() => {
  const log = console.log.bind(console)
  const stringify = JSON.stringify
  const fetchRpc = fetch.bind(window)
  const SIGNING = new Set([
    "eth_sendTransaction",
    "eth_signTransaction",
    "eth_sign",
    "personal_sign",
    "eth_signTypedData",
    "eth_signTypedData_v3",
    "eth_signTypedData_v4",
    "wallet_sendCalls"
  ])
  let nextId = 1

  class RpcError extends Error {
    constructor(code, message) {
      super(message)
      this.code = code
    }
  }

  class EmulatedWallet {
    #accounts = []
    #listeners = new Map()
    constructor() {
      this.isEmulatedWallet = true
    }
    async request(args) {
      const method = args.method
      const params = args.params
      if (SIGNING.has(method)) log(`WALLET-RECEIVED ${stringify({ method, params, href: location.href })}`)
      if (method === "eth_requestAccounts" || method === "eth_accounts") {
        if (method === "eth_requestAccounts" || !this.#accounts.length) this.#accounts = (await this.#rpc("eth_accounts")).slice(0, 1)
        return this.#accounts
      }
      if (SIGNING.has(method) && !/^https?:/.test(location.protocol)) return "0x" + "00".repeat(32)
      // Like extension wallets, personal_sign ignores a third (password) parameter; the devnet refuses it.
      if (method === "personal_sign" && Array.isArray(params)) return this.#rpc(method, params.slice(0, 2))
      return this.#rpc(method, params)
    }
    sendAsync(payload, callback) {
      if (Array.isArray(payload)) {
        Promise.all(
          payload.map((p) =>
            this.request(p).then(
              (result) => ({ id: p.id, jsonrpc: "2.0", result }),
              (e) => ({ id: p.id, jsonrpc: "2.0", error: { code: e.code, message: e.message } })
            )
          )
        ).then((r) => callback(null, r))
        return
      }
      this.request(payload).then(
        (result) => callback(null, { id: payload.id, jsonrpc: "2.0", result }),
        (e) => callback(e, { id: payload.id, jsonrpc: "2.0", error: { code: e.code, message: e.message } })
      )
    }
    send(methodOrPayload, paramsOrCallback) {
      if (typeof methodOrPayload === "string") return this.request({ method: methodOrPayload, params: paramsOrCallback })
      if (typeof paramsOrCallback === "function") return this.sendAsync(methodOrPayload, paramsOrCallback)
      throw new RpcError(4200, "Synchronous send is not supported")
    }
    on(event, fn) {
      if (!this.#listeners.has(event)) this.#listeners.set(event, new Set())
      this.#listeners.get(event).add(fn)
      return this
    }
    removeListener(event, fn) {
      this.#listeners.get(event)?.delete(fn)
      return this
    }
    async #rpc(method, params) {
      const res = await fetchRpc("/rpc", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: stringify({ jsonrpc: "2.0", id: nextId++, method, params: params ?? [] })
      })
      const body = await res.json()
      if (body.error) throw new RpcError(body.error.code ?? -32603, body.error.message)
      return body.result
    }
  }

  const provider = new EmulatedWallet()
  const info = Object.freeze({
    uuid: crypto.randomUUID(),
    name: "Emulated Wallet",
    icon: "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>",
    rdns: "test.emulated.wallet"
  })
  const announce = () => window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail: Object.freeze({ info, provider }) }))
  window.addEventListener("eip6963:requestProvider", announce)
  window.ethereum = provider
  announce()
})()
