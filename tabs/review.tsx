// Mamori's review window: an extension page in its own popup window, opened by the service worker when a request
// waits and kept (minimised) for a while after the queue empties, so the next request shows at once. The page that
// sent the request cannot draw over it, read it or click in it.
import { useEffect } from "react"

import { streamExplanation } from "~contents/lib/explain"
import { WINDOW_PORT, type BackgroundToWindow, type WindowToBackground } from "~background/shield/reviewProtocol"
import type { ReviewItem } from "~src/shield/reviewQueue"
import type { FeeEdit } from "~src/wallet/feeEdit"

import { renderItem, stateOf } from "./review/renderItem"
import { REVIEW_CSS } from "./review/styles"

function startReviewWindow(mount: HTMLElement): () => void {
  const port = chrome.runtime.connect({ name: WINDOW_PORT })
  let shown: { id: string; state: string } | undefined
  const answer = (id: string, allow: boolean, fees?: FeeEdit) => port.postMessage({ kind: "answer", id, allow, ...(fees ? { fees } : {}) } satisfies WindowToBackground)

  const render = (items: ReviewItem[]) => {
    const item = items[0]
    if (!item) {
      shown = undefined
      mount.replaceChildren(Object.assign(document.createElement("p"), { className: "empty", textContent: "No request is waiting. This window closes by itself." }))
      return
    }
    const state = stateOf(item)
    const counter = mount.querySelector("[data-testid=queue]")
    if (shown?.id === item.id && shown.state === state) {
      if (counter) counter.textContent = items.length > 1 ? `1 of ${items.length}` : ""
      return
    }
    const newItem = shown?.id !== item.id
    shown = { id: item.id, state }
    const view = renderItem(item, 1, items.length, (allow, fees) => answer(item.id, allow, fees))
    mount.replaceChildren(view.node)
    if (view.outcome && view.explanation) void streamExplanation(view.outcome, view.explanation)
    view.reject.focus()
    // For benchmarks and tests: when this request's review (and its verdict) was first painted, in epoch ms
    // (the next animation frame: a minimised window paints nothing until it is shown again).
    const root = document.documentElement
    if (newItem) {
      root.setAttribute("data-stamp-item", item.id)
      root.removeAttribute("data-shown-at")
      root.removeAttribute("data-verdict-at")
    }
    requestAnimationFrame(() => {
      if (root.getAttribute("data-stamp-item") === item.id)
        root.setAttribute(state === "checking" ? "data-shown-at" : "data-verdict-at", String(performance.timeOrigin + performance.now()))
    })
    if (newItem) void fitWindow()
  }
  port.onMessage.addListener((m: BackgroundToWindow) => {
    if (m?.kind === "items") render(m.items)
  })
  // Esc rejects, as in every dialog; Enter activates the focused button (Reject by default).
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted || e.key !== "Escape" || !shown) return
    e.preventDefault()
    answer(shown.id, false)
  }
  window.addEventListener("keydown", onKey)
  return () => {
    window.removeEventListener("keydown", onKey)
    port.disconnect()
  }
}

/** Grows the window to its content once, within the screen; the buttons are in a footer that never scrolls away. */
async function fitWindow(): Promise<void> {
  try {
    const win = await chrome.windows.getCurrent()
    const scroll = document.querySelector<HTMLElement>(".scroll")
    if (!win.id || !scroll) return
    const chromeHeight = window.outerHeight - window.innerHeight
    const wanted = document.documentElement.clientHeight - scroll.clientHeight + scroll.scrollHeight + chromeHeight
    const height = Math.max(360, Math.min(Math.round(wanted), screen.availHeight - 40))
    // Grow only: the footer is visible at any size, and a window is never shrunk under the user's pointer.
    // (Under Playwright's viewport emulation, resizing a popup window closed it: another reason not to shrink.)
    if (height > window.outerHeight + 8) await chrome.windows.update(win.id, { height })
  } catch {
    // keep the default size: the footer stays visible either way
  }
}

export default function ReviewWindow() {
  useEffect(() => {
    document.title = "Mamori Shield review"
    const style = document.createElement("style")
    style.textContent = REVIEW_CSS
    document.head.append(style)
    const mount = document.getElementById("mamori-review")!
    return startReviewWindow(mount)
  }, [])
  return <div id="mamori-review" />
}
