import { bannerFor, renderBody, type AuditOutcome } from "~contents/lib/overlay/renderReview"
import { cap, el } from "~contents/lib/overlay/dom"
import type { ReviewItem } from "~src/shield/reviewQueue"
import { visibleText } from "~src/shield/visibleText"

/** Verdicts that need a ticked confirmation before Continue: danger, and anything Mamori could not judge. */
const NEEDS_CONFIRMATION = new Set(["danger", "unknown", "error"])

export type ItemView = { node: HTMLElement; reject: HTMLButtonElement; proceed: HTMLButtonElement; explanation?: HTMLElement; outcome?: AuditOutcome }

/** The state of an item: "checking" until the verdict arrives, then the verdict, or "error". */
export function stateOf(item: ReviewItem): string {
  return !item.outcome ? "checking" : item.outcome.ok ? item.outcome.result.verdict : "error"
}

/**
 * One request in the review window: what the in-page overlay used to show (verdict, findings, what moves, who
 * can spend what, the raw request that the wallet will receive, the explanation), with Reject and Continue in
 * a footer that is always visible. Only trusted (real) input counts.
 */
export function renderItem(item: ReviewItem, position: number, total: number, decide: (allow: boolean) => void): ItemView {
  const state = stateOf(item)
  let request: unknown = item.requestJson
  try {
    request = JSON.parse(item.requestJson)
  } catch {
    // shown as text
  }
  const outcome: AuditOutcome | undefined = item.outcome
    ? item.outcome.ok
      ? { ok: true, result: item.outcome.result, entryId: item.id, auditMs: item.outcome.auditMs }
      : { ok: false, error: item.outcome.error, entryId: item.id }
    : undefined
  const reject = el("button", { class: "reject", text: "Reject", attrs: { "data-testid": "reject" } })
  const risky = NEEDS_CONFIRMATION.has(state)
  const proceed = el("button", { class: `continue${risky ? " risky" : ""}`, text: risky ? "Continue anyway" : "Continue", attrs: { "data-testid": "continue" } })
  proceed.disabled = true
  const actions = el("div", { class: "actions" })
  if (risky) {
    const box = el("input", { attrs: { type: "checkbox", "data-testid": "confirm-danger" } })
    box.addEventListener("change", (e) => {
      if (e.isTrusted) proceed.disabled = !box.checked
    })
    const text =
      state === "danger"
        ? "I understand this request can take my assets, and I still want my wallet to see it."
        : "Mamori could not fully check this request. I have read the raw request and still want my wallet to see it."
    actions.append(el("label", { class: "confirm" }, box, el("span", { text })))
  } else if (state !== "checking") {
    proceed.disabled = false
  }
  actions.append(proceed, reject)
  reject.addEventListener("click", (e) => {
    if (e.isTrusted) decide(false)
  })
  proceed.addEventListener("click", (e) => {
    if (e.isTrusted && !proceed.disabled) decide(true)
  })

  const body = renderBody({ origin: item.origin, method: item.method, providerName: item.providerName, request }, outcome)
  if (item.chainNote) body.prepend(el("p", { class: "note", text: cap(item.chainNote, 300), attrs: { "data-testid": "chain-note" } }))
  if (item.frameHref) body.prepend(el("p", { class: "note", text: `From a frame inside the page: ${cap(item.frameHref, 300)}` }))
  const node = el(
    "div",
    { class: "page", attrs: { role: "dialog", "aria-label": "Mamori Shield review", "data-item": item.id } },
    el(
      "div",
      { class: "head" },
      el("b", { text: "Mamori Shield" }),
      el("small", {
        text: `${cap(item.origin, 120)}${item.providerName ? ` · ${cap(item.providerName, 64)}` : ""} · ${visibleText(cap(item.method, 80))}`,
        attrs: { "data-testid": "method" }
      }),
      el("small", { text: total > 1 ? `${position} of ${total}` : "", attrs: { "data-testid": "queue" } })
    ),
    bannerFor(state),
    el("div", { class: "scroll" }, body),
    actions
  )
  const explanation = body.querySelector<HTMLElement>("[data-testid=explanation]") ?? undefined
  return { node, reject, proceed, explanation, outcome }
}
