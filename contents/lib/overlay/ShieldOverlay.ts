import { bannerFor, renderBody, type AuditOutcome, type ReviewInfo } from "./renderReview"
import { el } from "./dom"
import { OVERLAY_CSS } from "./styles"

export type Decision = { allow: boolean; reason?: string }
type Item = {
  info: ReviewInfo
  outcome?: AuditOutcome
  resolve: (d: Decision) => void
  onExplain?: (target: HTMLElement) => void
}

/**
 * The in-page review: a closed shadow root the page cannot read or restyle, one request at a time (others
 * wait in a queue, each with its own decision). Reject has the default focus and answers Esc; on a danger
 * verdict Continue needs a deliberate second step. Only real (trusted) user input counts.
 */
export class ShieldOverlay {
  private queue: Item[] = []
  private host?: HTMLElement
  private root?: ShadowRoot

  /** Shows a request at once ("checking…") and resolves with the user's decision. */
  review(info: ReviewInfo, outcome: Promise<AuditOutcome>, onExplain?: (outcome: AuditOutcome, target: HTMLElement) => void): Promise<Decision> {
    return new Promise((resolve) => {
      const item: Item = { info, resolve }
      this.queue.push(item)
      if (this.queue.length === 1) this.render()
      else this.renderCounter()
      outcome.then(
        (o) => {
          item.outcome = o
          item.onExplain = onExplain ? (target) => onExplain(o, target) : undefined
          if (this.queue[0] === item) this.render()
        },
        (e) => {
          item.outcome = { ok: false, error: String(e?.message ?? e) }
          if (this.queue[0] === item) this.render()
        }
      )
    })
  }

  private mount(): ShadowRoot {
    if (this.root && this.host?.isConnected) return this.root
    this.host = document.createElement("mamori-shield")
    this.root = this.host.attachShadow({ mode: "closed" })
    ;(document.body ?? document.documentElement).append(this.host)
    return this.root
  }

  private renderCounter() {
    const counter = this.root?.querySelector("[data-testid=queue]")
    if (counter) counter.textContent = this.queue.length > 1 ? `1 of ${this.queue.length}` : ""
  }

  private render() {
    const item = this.queue[0]
    if (!item) {
      this.host?.remove()
      this.host = undefined
      this.root = undefined
      return
    }
    const root = this.mount()
    const state = !item.outcome ? "checking" : item.outcome.ok ? item.outcome.result.verdict : "error"
    this.host!.setAttribute("data-state", state)
    const reject = el("button", { class: "reject", text: "Reject", attrs: { "data-testid": "reject" } })
    const proceed = el("button", { class: `continue${state === "danger" ? " risky" : ""}`, text: state === "danger" ? "Continue anyway" : "Continue", attrs: { "data-testid": "continue" } })
    const actions = el("div", { class: "actions" })
    if (state === "danger") {
      const box = el("input", { attrs: { type: "checkbox", "data-testid": "confirm-danger" } })
      proceed.disabled = true
      box.addEventListener("change", (e) => { if (e.isTrusted) proceed.disabled = !box.checked })
      actions.append(el("label", { class: "confirm" }, box, el("span", { text: "I understand this request can take my assets, and I still want my wallet to see it." })))
    } else if (state === "checking") {
      proceed.disabled = true
    }
    actions.append(proceed, reject)
    const panel = el("div", { class: "panel", attrs: { role: "dialog", "aria-modal": "true", "aria-label": "Mamori Shield review" } },
      el("div", { class: "head" },
        el("b", { text: "Mamori Shield" }),
        el("small", { text: `${item.info.origin}${item.info.providerName ? ` · ${item.info.providerName}` : ""} · ${item.info.method}` }),
        el("small", { attrs: { "data-testid": "queue" } })),
      bannerFor(state),
      renderBody(item.info, item.outcome),
      actions)
    const backdrop = el("div", { class: "backdrop" }, panel)
    root.replaceChildren(el("style", { text: OVERLAY_CSS }), backdrop)
    this.renderCounter()

    const decide = (d: Decision) => {
      if (this.queue[0] !== item) return
      this.queue.shift()
      item.resolve(d)
      this.render()
    }
    reject.addEventListener("click", (e) => { if (e.isTrusted) decide({ allow: false, reason: "Rejected in Mamori." }) })
    proceed.addEventListener("click", (e) => { if (e.isTrusted && !proceed.disabled) decide({ allow: true }) })
    backdrop.addEventListener("keydown", (e) => {
      if (e.isTrusted && e.key === "Escape") { e.preventDefault(); decide({ allow: false, reason: "Rejected in Mamori." }) }
    })
    const explain = root.querySelector<HTMLElement>("[data-testid=explanation]")
    if (explain && item.onExplain) item.onExplain(explain)
    reject.focus()
  }
}
