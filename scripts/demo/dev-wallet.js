// Mamori's development wallet: an EIP-1193 provider (also announced through EIP-6963) that forwards every
// request to the local devnet's unlocked accounts through the demo server's /rpc proxy. It stands in for a
// real wallet in development and tests, so the Shield's guard has something real to wrap.
;(() => {
  function createDevWallet(name = "Mamori Dev Wallet", rdns = "dev.mamori.wallet") {
    const RPC = "/rpc"
    const listeners = new Map()
    let nextId = 1
    let accounts = []

    class ProviderRpcError extends Error {
      constructor(code, message, data) {
        super(message)
        this.code = code
        this.data = data
      }
    }

    async function rpc(method, params) {
      const res = await fetch(RPC, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: nextId++, method, params: params ?? [] })
      })
      const body = await res.json()
      if (body.error) throw new ProviderRpcError(body.error.code ?? -32603, body.error.message, body.error.data)
      return body.result
    }

    function emit(event, ...args) {
      for (const fn of listeners.get(event) ?? []) {
        try {
          fn(...args)
        } catch (e) {
          console.error(e)
        }
      }
    }

    async function request(args) {
      if (!args || typeof args.method !== "string") throw new ProviderRpcError(-32600, "Invalid request")
      const { method, params } = args
      switch (method) {
        case "eth_requestAccounts": {
          const all = await rpc("eth_accounts")
          const changed = accounts[0] !== all[0]
          accounts = all.slice(0, 1)
          if (changed) emit("accountsChanged", accounts)
          return accounts
        }
        case "eth_accounts":
          return accounts
        case "wallet_switchEthereumChain": {
          const chainId = await rpc("eth_chainId")
          if (params?.[0]?.chainId?.toLowerCase() !== chainId) throw new ProviderRpcError(4902, "Unrecognized chain")
          return null
        }
        case "wallet_sendCalls": {
          // EIP-5792: the devnet has no batching, so each call becomes its own transaction, in order.
          const batch = params?.[0] ?? {}
          const hashes = []
          for (const call of batch.calls ?? []) {
            hashes.push(await rpc("eth_sendTransaction", [{ from: batch.from ?? accounts[0], to: call.to, data: call.data, value: call.value }]))
          }
          return { id: hashes[hashes.length - 1] ?? "0x" }
        }
        default:
          return rpc(method, params)
      }
    }

    const provider = {
      isMamoriDevWallet: true,
      isMetaMask: false,
      request,
      // Legacy forms some dapps still use.
      send(methodOrPayload, paramsOrCallback) {
        if (typeof methodOrPayload === "string") return request({ method: methodOrPayload, params: paramsOrCallback })
        if (typeof paramsOrCallback === "function") return provider.sendAsync(methodOrPayload, paramsOrCallback)
        throw new ProviderRpcError(4200, "Synchronous send is not supported")
      },
      sendAsync(payload, callback) {
        request(payload).then(
          (result) => callback(null, { id: payload.id, jsonrpc: "2.0", result }),
          (error) => callback(error, { id: payload.id, jsonrpc: "2.0", error: { code: error.code, message: error.message } })
        )
      },
      on(event, fn) {
        if (!listeners.has(event)) listeners.set(event, new Set())
        listeners.get(event).add(fn)
        return provider
      },
      removeListener(event, fn) {
        listeners.get(event)?.delete(fn)
        return provider
      }
    }

    const info = {
      uuid: crypto.randomUUID(),
      name,
      icon:
        "data:image/svg+xml;base64," +
        btoa(
          '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d5c78"/><text x="16" y="22" font-size="16" text-anchor="middle" fill="#fff">D</text></svg>'
        ),
      rdns
    }
    const announce = () => window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail: Object.freeze({ info, provider }) }))
    window.addEventListener("eip6963:requestProvider", announce)
    announce()
    rpc("eth_chainId").then(
      (chainId) => emit("connect", { chainId }),
      () => {}
    )
    return provider
  }

  // A second wallet, or a fresh provider object, for trying multi-wallet pages: mamoriDevWallet.create("Other").
  window.mamoriDevWallet = { create: createDevWallet }
  const first = createDevWallet()
  if (!window.ethereum) window.ethereum = first
})()
