import { WALLET_DOCUMENT_PORT } from "~src/wallet/providerInfo"

/** The live page documents (by Chromium's documentId) with what to do when each goes away. */
const live = new Map<string, Set<() => void>>()

/**
 * Each wallet relay keeps one port open for its document (`WALLET_DOCUMENT_PORT`); Chromium closes it when the
 * document goes away (navigated, reloaded, closed, put in the back-forward cache). Requests waiting in Mamori's
 * window for that document are then rejected. Only the extension's own content scripts can open it.
 */
export function startDocumentWatch(): void {
  chrome.runtime.onConnect.addListener((port) => {
    if (port.name !== WALLET_DOCUMENT_PORT) return
    const documentId = port.sender?.documentId
    if (port.sender?.id !== chrome.runtime.id || typeof documentId !== "string" || port.sender.tab?.id === undefined) {
      port.disconnect()
      return
    }
    if (!live.has(documentId)) live.set(documentId, new Set())
    port.onDisconnect.addListener(() => {
      const gone = live.get(documentId)
      live.delete(documentId)
      for (const f of gone ?? []) f()
    })
  })
}

/**
 * Runs `gone` when the document goes away; returns a function that stops watching. A document with no open port
 * (an older relay, a worker that restarted since) is not watched: its request still ends by click, window
 * close or time-out.
 */
export function whileDocumentLives(documentId: string | undefined, gone: () => void): () => void {
  const set = documentId ? live.get(documentId) : undefined
  if (!set) return () => {}
  set.add(gone)
  return () => set.delete(gone)
}
