import { ReviewQueue } from "~src/shield/reviewQueue"

import { REVIEW_PAGE, WINDOW_PORT, type BackgroundToWindow, type WindowToBackground } from "./reviewProtocol"

const WIDTH = 480
const HEIGHT = 640
/**
 * An emptied window is kept (minimised) this long for the next request: showing a request in a window that is
 * already loaded takes tens of milliseconds, opening a new one takes a second or more.
 */
export const IDLE_CLOSE_MS = 60_000

let windowId: number | undefined
let opening: Promise<void> | undefined
let idleTimer: ReturnType<typeof setTimeout> | undefined
const ports = new Set<chrome.runtime.Port>()

/**
 * The queue of requests waiting for the user, shown in one extension-owned popup window (focused, on top of the
 * page, out of its reach). The window is opened when a request arrives; when the queue empties it is minimised
 * and kept for IDLE_CLOSE_MS, so the next request shows at once in the same window, then closed. Closing it
 * rejects everything still waiting.
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
  if (items.length) cancelIdle()
  else idle()
})

/** The queue emptied: minimise the window and close it if nothing arrives for IDLE_CLOSE_MS. */
function idle(): void {
  cancelIdle()
  if (windowId !== undefined) void chrome.windows.update(windowId, { state: "minimized" }).catch(() => {})
  idleTimer = setTimeout(() => {
    idleTimer = undefined
    if (!reviewQueue.items.length) closeWindow()
  }, IDLE_CLOSE_MS)
}

function cancelIdle(): void {
  if (idleTimer !== undefined) clearTimeout(idleTimer)
  idleTimer = undefined
}

/** Shows the review window (opens it, or brings the kept one back and to the front). */
export async function showReviewWindow(): Promise<void> {
  cancelIdle()
  if (windowId !== undefined) {
    const id = windowId
    // A window that disappeared without its onRemoved reaching us (a restarted worker) is replaced.
    const alive = await chrome.windows.update(id, { state: "normal", focused: true, drawAttention: true }).then(
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
        if (!reviewQueue.items.length) idle()
      },
      (e) => reviewQueue.rejectAll(`Mamori could not open its review window (${String(e?.message ?? e)}), so the request was rejected.`)
    )
    .finally(() => {
      opening = undefined
    })
  return opening
}

/** Closes the window now when nothing waits in it (a request was dropped because its page went away). */
export function closeReviewWindowIfEmpty(): void {
  if (!reviewQueue.items.length) closeWindow()
}

function closeWindow(): void {
  cancelIdle()
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
    cancelIdle()
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
      if (m?.kind === "answer" && typeof m.id === "string") reviewQueue.answer(m.id, m.allow === true, m.fees && typeof m.fees === "object" ? m.fees : undefined)
    })
    port.postMessage({ kind: "items", items: reviewQueue.items } satisfies BackgroundToWindow)
  })
}
