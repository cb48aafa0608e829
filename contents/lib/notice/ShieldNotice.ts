import { el } from "../overlay/dom"

const CSS = `
:host { all: initial; }
.box { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 360px; pointer-events: none;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
.line { background: #17242b; color: #faf6ee; border-radius: 10px; padding: 10px 12px; margin-top: 8px; box-shadow: 0 8px 30px rgba(0,0,0,0.3); }
.line.error { background: #b3261e; color: #fff; }
b { display: block; margin-bottom: 2px; }
`
const ERROR_SHOWN_MS = 8_000

/**
 * The in-page notice: "Mamori is reviewing this request in its own window". It has no buttons and no attribute
 * or text a page script can read (a closed shadow root on an attribute-less element), so drawing over it,
 * hiding it or removing it changes nothing: the decision is taken in the extension's window.
 */
export class ShieldNotice {
  private host?: HTMLElement
  private root?: ShadowRoot
  private waiting = new Map<number, string>()
  private errors = new Map<number, string>()
  private next = 0

  /** Shows that a request waits for the user's answer in the review window; returns a function that clears it. */
  waitingFor(method: string): () => void {
    const id = this.next++
    this.waiting.set(id, method)
    this.render()
    return () => {
      this.waiting.delete(id)
      this.render()
    }
  }

  /** Shows a failure for a few seconds: a request was stopped without the user's click, and why. */
  error(text: string): void {
    const id = this.next++
    this.errors.set(id, text)
    this.render()
    setTimeout(() => {
      this.errors.delete(id)
      this.render()
    }, ERROR_SHOWN_MS)
  }

  private render(): void {
    if (!this.waiting.size && !this.errors.size) {
      this.host?.remove()
      this.host = this.root = undefined
      return
    }
    if (!this.root || !this.host?.isConnected) {
      this.host = document.createElement("mamori-shield")
      this.root = this.host.attachShadow({ mode: "closed" })
      ;(document.body ?? document.documentElement).append(this.host)
    }
    const lines: HTMLElement[] = []
    const n = this.waiting.size
    if (n)
      lines.push(
        el(
          "div",
          { class: "line" },
          el("b", { text: "Mamori Shield" }),
          el("span", { text: n === 1 ? `Review this page's ${[...this.waiting.values()][0]} request in Mamori's window.` : `Review this page's ${n} requests in Mamori's window.` })
        )
      )
    // The newest few failures only: a page flooding requests must not flood the notice.
    for (const text of [...this.errors.values()].slice(-3)) lines.push(el("div", { class: "line error" }, el("b", { text: "Mamori Shield" }), el("span", { text })))
    this.root.replaceChildren(el("style", { text: CSS }), el("div", { class: "box" }, ...lines))
  }
}
