/**
 * Mamori's EIP-1193 provider as a page sees it: thin on purpose. It holds no key and takes no decision; every
 * request goes to the service worker (through `send`), which derives the page's origin from Chromium, asks the
 * user in Mamori's own window and signs there. Its methods are read-only, so the page cannot replace them; the
 * Shield's guard knows this object by identity and leaves it to that review (src/guard/exceptOwn.ts).
 */
export type ProviderTransport = {
  /** Sends one request; resolves with the result or rejects with `{ code, message }`. */
  send(method: string, params: unknown): Promise<unknown>
}

type Listener = (...args: unknown[]) => void
export type MamoriProvider = {
  readonly isMamori: true
  /** Set because many dapps only offer their "connect" path to providers that claim it (as most wallets do). */
  readonly isMetaMask: true
  request(args: { method: string; params?: unknown }): Promise<unknown>
  on(event: string, listener: Listener): MamoriProvider
  removeListener(event: string, listener: Listener): MamoriProvider
  off(event: string, listener: Listener): MamoriProvider
}

/** The provider, and `update` for the content script to report the wallet's state (events follow from it). */
export function createMamoriProvider(transport: ProviderTransport): {
  provider: MamoriProvider
  update(state: { accounts: string[]; chainId: string }): void
  /** The wallet cannot reach any chain (or the extension went away): EIP-1193 `disconnect` with 4900. */
  disconnected(message: string): void
} {
  const listeners = new Map<string, Set<Listener>>()
  let accounts: string[] | undefined
  let chainId: string | undefined
  const emit = (event: string, ...args: unknown[]) => {
    for (const l of [...(listeners.get(event) ?? [])]) {
      try {
        l(...args)
      } catch {
        // a dapp's listener failing must not stop the others
      }
    }
  }
  const provider: MamoriProvider = {
    isMamori: true,
    isMetaMask: true,
    request(args) {
      if (!args || typeof args !== "object" || typeof args.method !== "string" || !args.method)
        return Promise.reject({ code: -32602, message: "request() needs { method, params }." })
      return transport.send(args.method, args.params)
    },
    on(event, listener) {
      if (typeof listener === "function") {
        if (!listeners.has(event)) listeners.set(event, new Set())
        listeners.get(event)!.add(listener)
      }
      return provider
    },
    removeListener(event, listener) {
      listeners.get(event)?.delete(listener)
      return provider
    },
    off(event, listener) {
      return provider.removeListener(event, listener)
    }
  }
  // Its methods and flags cannot be replaced or deleted, but the object stays extensible: dapps set their own
  // properties on providers (e.g. `autoRefreshOnNetworkChange`).
  for (const key of Object.keys(provider)) Object.defineProperty(provider, key, { writable: false, configurable: false })
  return {
    provider,
    disconnected(message) {
      if (chainId === undefined) return
      chainId = undefined
      emit("disconnect", { code: 4900, message })
    },
    update(state) {
      const first = chainId === undefined
      if (state.chainId !== chainId) {
        const before = chainId
        chainId = state.chainId
        if (first) emit("connect", { chainId })
        else if (before !== undefined) emit("chainChanged", chainId)
      }
      const next = state.accounts.map((a) => a.toLowerCase())
      if (accounts === undefined) accounts = next
      else if (next.join() !== accounts.join()) {
        accounts = next
        emit("accountsChanged", [...next])
      }
    }
  }
}
