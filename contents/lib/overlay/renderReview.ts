import type { AuditResult, Decoded } from "~src/audit/types"

import { hasHiddenText, visibleText } from "~src/shield/visibleText"

import { cap, el } from "./dom"

export type ReviewInfo = { origin: string; method: string; providerName?: string; request: unknown }
export type AuditOutcome = { ok: true; result: AuditResult; entryId: string; auditMs?: number } | { ok: false; error: string; entryId?: string }

const BANNER: Record<string, string> = {
  danger: "Danger: do not sign this unless you are certain",
  warning: "Warning: read this before you sign",
  safe: "No problems found",
  unknown: "Mamori could not fully check this request",
  checking: "Checking this request…",
  error: "Mamori could not check this request"
}

/** The banner line for a state or verdict. */
export function bannerFor(state: string): HTMLElement {
  return el("div", { class: `banner ${state}`, text: BANNER[state] ?? BANNER.unknown, attrs: { "data-testid": "verdict", "data-verdict": state } })
}

/** The body of a review: summary, findings, what moves, who can spend what, and the raw request. */
export function renderBody(info: ReviewInfo, outcome: AuditOutcome | undefined): HTMLElement {
  const body = el("div", { class: "body" })
  if (!outcome) {
    body.append(el("p", { class: "summary", text: `${info.origin} asks your wallet for ${visibleText(info.method)}.` }))
  } else if (!outcome.ok) {
    body.append(
      el("p", { class: "summary", text: `The check failed: ${cap(outcome.error, 300)}` }),
      el("p", { text: "Nothing was sent to your wallet. Read the raw request below, and reject it unless you know exactly what it does." })
    )
  } else {
    const { result } = outcome
    body.append(el("p", { class: "summary", text: cap(result.summary, 400), attrs: { "data-testid": "summary" } }))
    if (result.findings.length) {
      body.append(
        el("h3", { text: "Findings" }),
        el(
          "ul",
          { attrs: { "data-testid": "findings" } },
          ...result.findings
            .slice(0, 20)
            .map((f) =>
              el(
                "li",
                { class: `finding ${f.severity}`, attrs: { "data-finding": f.id } },
                el("b", { text: cap(f.title, 160) }),
                document.createTextNode(` — ${cap(f.detail, 400)}`)
              )
            )
        )
      )
    }
    body.append(...renderDecoded(result.decoded))
  }
  body.append(
    el("h3", { text: "Explanation" }),
    el("div", { class: "explain", attrs: { "data-testid": "explanation" } }),
    el("details", {}, el("summary", { text: "Raw request" }), el("pre", { text: cap(visibleText(safeJson(info.request)), 20_000) }))
  )
  return body
}

function renderDecoded(d: Decoded): HTMLElement[] {
  const out: HTMLElement[] = []
  const moves = (title: string, list: Decoded["give"], id: string) => {
    if (!list?.length) return
    out.push(
      el("h3", { text: title }),
      el(
        "ul",
        { attrs: { "data-testid": id } },
        ...list
          .slice(0, 20)
          .map((m) => el("li", { text: `${m.amount?.display ?? m.kind}${m.tokenId ? ` #${cap(m.tokenId, 40)}` : ""}${m.token ? ` (${m.token})` : ""}${m.to ? ` → ${m.to}` : ""}` }))
      )
    )
  }
  moves("You give", d.give, "give")
  moves("You get", d.get, "get")
  if (d.simulation) {
    if (d.simulation.status === "ok") {
      moves("Simulated: leaves your account", d.simulation.give, "sim-give")
      moves("Simulated: reaches your account", d.simulation.get, "sim-get")
      if (!d.simulation.give.length && !d.simulation.get.length)
        out.push(el("h3", { text: "Simulated balance changes" }), el("p", { text: "The simulation saw no asset leave or reach your account." }))
    } else {
      out.push(
        el("h3", { text: "Simulated balance changes" }),
        el("p", { text: d.simulation.status === "unavailable" ? "Not simulated: your RPC node does not offer simulation." : "The simulation could not run." })
      )
    }
  }
  if (d.allowances?.length) {
    out.push(
      el("h3", { text: "Who can spend what, until when" }),
      el(
        "ul",
        { attrs: { "data-testid": "allowances" } },
        ...d.allowances.slice(0, 20).map((a) =>
          el(
            "li",
            {},
            el("span", { text: `${a.spender} may ${a.approved === false ? "no longer move" : "move"} ` }),
            el("b", { text: a.amount?.display ?? (a.kind === "nft-operator" ? "all your NFTs in this collection" : "tokens") }),
            el("span", { text: tokenSuffix(a.amount?.display, a.tokenLabel, a.token) }),
            el("span", {
              attrs: { "data-testid": "until" },
              text: a.until ? ` until ${new Date(a.until * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC` : " with no expiry"
            })
          )
        )
      )
    )
  }
  if (d.message) {
    // Line by line, with hidden characters and runs of empty lines shown (src/shield/visibleText.ts).
    const text = d.message.text ?? d.message.hex ?? ""
    out.push(el("h3", { text: d.message.looksLikeHash ? "Message (looks like a hash: you cannot read what it authorises)" : "Message" }))
    if (hasHiddenText(text)) out.push(el("p", { class: "note", text: "This message contains hidden characters or many empty lines; they are shown marked ⟨…⟩ below." }))
    out.push(el("pre", { text: cap(visibleText(text), 2000), attrs: { "data-testid": "message" } }))
  }
  if (d.delegations?.length) {
    out.push(
      el("h3", { text: "Code that would run as your account (EIP-7702)" }),
      el("ul", {}, ...d.delegations.map((x) => el("li", { class: "mono", text: `${x.address} on chain ${x.chainId}` })))
    )
  }
  if (d.calls?.length > 1 || d.calls?.[0]?.inner?.length) {
    out.push(
      el("h3", { text: "Calls" }),
      el(
        "ul",
        {},
        ...d.calls.slice(0, 20).map((c) =>
          el("li", {
            class: "mono",
            text: `${c.functionName ?? c.selector ?? "transfer"} → ${c.to ?? "new contract"}${c.inner?.length ? ` (${c.inner.length} inner calls: ${c.inner.map((i) => i.functionName ?? i.selector).join(", ")})` : ""}`
          })
        )
      )
    )
  }
  return out
}

/** " of USDC" after an amount, unless the amount already names the token. */
function tokenSuffix(display: string | undefined, label: string | undefined, token: string | undefined): string {
  const name = label ? cap(label, 60) : token
  if (!name || (label && display?.includes(label))) return token && label ? ` (${token})` : ""
  return ` of ${name}`
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value)
  } catch {
    return String(value)
  }
}
