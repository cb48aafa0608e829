import { bannerFor, renderBody, type AuditOutcome } from "~contents/lib/overlay/renderReview"
import { cap, el } from "~contents/lib/overlay/dom"
import type { ReviewItem } from "~src/shield/reviewQueue"
import { visibleText } from "~src/shield/visibleText"
import { type FeeEdit, withFees } from "~src/wallet/feeEdit"

import { renderFeeEditor } from "./feeEditor"

/**
 * Continue stays disabled this long after a request (or its verdict) is drawn: a double click on the previous
 * request's Continue, or a click already on its way as the view changes, cannot approve what the user has not seen.
 */
export const CONTINUE_ARM_MS = 700

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
export function renderItem(item: ReviewItem, position: number, total: number, decide: (allow: boolean, fees?: FeeEdit) => void): ItemView {
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
  // Continue needs a verdict, the tick when the verdict asks for it, and fees that can be signed (when editable).
  let ticked = !risky
  let fees: FeeEdit | undefined
  let feesOk = true
  let armed = false
  const refresh = () => {
    proceed.disabled = state === "checking" || !ticked || !feesOk || !armed
  }
  refresh()
  setTimeout(() => {
    armed = true
    refresh()
  }, CONTINUE_ARM_MS)
  const actions = el("div", { class: "actions" })
  if (risky) {
    const box = el("input", { attrs: { type: "checkbox", "data-testid": "confirm-danger" } })
    box.addEventListener("change", (e) => {
      if (!e.isTrusted) return
      ticked = box.checked
      refresh()
    })
    const text =
      state === "danger"
        ? "I understand this request can take my assets, and I still want my wallet to see it."
        : "Mamori could not fully check this request. I have read the raw request and still want my wallet to see it."
    actions.append(el("label", { class: "confirm" }, box, el("span", { text })))
  }
  actions.append(proceed, reject)
  reject.addEventListener("click", (e) => {
    if (e.isTrusted) decide(false)
  })
  proceed.addEventListener("click", (e) => {
    // The second click of a double click never approves (it would land on whatever the window shows next).
    if (e.isTrusted && e.detail <= 1 && !proceed.disabled) decide(true, fees)
  })

  const body = renderBody({ origin: item.origin, method: item.method, providerName: item.providerName, request }, outcome)
  if (item.fees) {
    // The raw request below follows the edit: what it shows at the click is what is signed.
    const raw = body.querySelector("details pre")
    const editor = renderFeeEditor(item.fees, (edit) => {
      fees = edit
      feesOk = edit !== undefined
      if (edit && raw) raw.textContent = cap(visibleText(JSON.stringify(withFees(request, edit), null, 2)), 20_000)
      refresh()
    })
    const details = body.querySelector("details")
    if (details) details.before(editor)
    else body.append(editor)
  }
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
