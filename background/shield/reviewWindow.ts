import { ReviewQueue } from "~src/shield/reviewQueue"

import { REVIEW_PAGE, WINDOW_PORT, type BackgroundToWindow, type WindowToBackground } from "./reviewProtocol"

const WIDTH = 480
const HEIGHT = 640

let windowId: number | undefined
let opening: Promise<void> | undefined
const ports = new Set<chrome.runtime.Port>()

/**
 * The queue of requests waiting for the user, shown in one extension-owned popup window (focused, on top of the
 * page, out of its reach). The window is opened when a request arrives and closed when the queue empties;
 * closing it rejects everything still waiting.
 */
export const reviewQueue = new ReviewQueue((items) => {
  const message: BackgroundToWindow = { kind: "items", items }
  for (const port of ports) {
    try {
      port.postMessage(message)
    } catch {
      ports.delete(port)
    }
  }
  if (!items.length) closeWindow()
})

/** Shows the review window (opens it, or brings it to the front). */
export async function showReviewWindow(): Promise<void> {
  if (windowId !== undefined) {
    const id = windowId
    // A window that disappeared without its onRemoved reaching us (a restarted worker) is replaced.
    const alive = await chrome.windows.update(id, { focused: true, drawAttention: true }).then(
      () => true,
      () => false
    )
    if (alive) return
    if (windowId === id) windowId = undefined
  }
  opening ??= Promise.race([
    chrome.windows.create({ url: chrome.runtime.getURL(REVIEW_PAGE), type: "popup", focused: true, width: WIDTH, height: HEIGHT }),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("the window did not open within 5 s")), 5_000))
  ])
    .then(
      (w) => {
        windowId = w?.id
        if (!reviewQueue.items.length) closeWindow()
      },
      (e) => reviewQueue.rejectAll(`Mamori could not open its review window (${String(e?.message ?? e)}), so the request was rejected.`)
    )
    .finally(() => {
      opening = undefined
    })
  return opening
}

function closeWindow(): void {
  // The closing window must not pick up the next request: a new one gets a new window.
  for (const port of ports) port.disconnect()
  ports.clear()
  const id = windowId
  windowId = undefined
  if (id !== undefined) void chrome.windows.remove(id).catch(() => {})
}

/** Wires the window's lifecycle and its port. Call once at service-worker start. */
export function startReviewWindow(): void {
  chrome.windows.onRemoved.addListener((id) => {
    if (id !== windowId) return
    windowId = undefined
    reviewQueue.rejectAll("You closed Mamori's review window, so the request was rejected.")
  })
  chrome.runtime.onConnect.addListener((port) => {
    if (port.name !== WINDOW_PORT) return
    // Only the extension's own review page may answer; a content script naming this port is turned away.
    const page = chrome.runtime.getURL(REVIEW_PAGE)
    if (port.sender?.id !== chrome.runtime.id || !port.sender?.url?.startsWith(page) || port.sender.frameId) {
      port.disconnect()
      return
    }
    ports.add(port)
    port.onDisconnect.addListener(() => ports.delete(port))
    port.onMessage.addListener((m: WindowToBackground) => {
      if (m?.kind === "answer" && typeof m.id === "string") reviewQueue.answer(m.id, m.allow === true)
    })
    port.postMessage({ kind: "items", items: reviewQueue.items } satisfies BackgroundToWindow)
  })
}
