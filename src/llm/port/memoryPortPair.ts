import type { PortLike } from "./protocol"

type Listener<T> = (value: T) => void

/**
 * Two connected in-memory ports with `chrome.runtime.Port`'s shape: messages are structured-cloned and
 * delivered asynchronously, and `disconnect()` on either side fires the other side's `onDisconnect`
 * (as when the service worker is stopped). For tests and for same-context wiring.
 */
export function memoryPortPair(): [PortLike, PortLike] {
  const make = () => {
    const messageListeners: Listener<unknown>[] = []
    const disconnectListeners: Array<() => void> = []
    return { messageListeners, disconnectListeners, open: true }
  }
  const a = make()
  const b = make()
  const port = (self: ReturnType<typeof make>, other: ReturnType<typeof make>): PortLike => ({
    postMessage(message) {
      if (!self.open) throw new Error("Attempting to use a disconnected port object")
      const copy = structuredClone(message)
      queueMicrotask(() => {
        if (other.open) for (const l of other.messageListeners) l(copy)
      })
    },
    disconnect() {
      if (!self.open) return
      self.open = false
      other.open = false
      queueMicrotask(() => other.disconnectListeners.forEach((l) => l()))
    },
    onMessage: { addListener: (l) => void self.messageListeners.push(l) },
    onDisconnect: { addListener: (l) => void self.disconnectListeners.push(l) }
  })
  return [port(a, b), port(b, a)]
}
