/**
 * The Shield's entry point: one wallet request in, a verdict a person can act on out.
 * `auditSync` judges from the request and any facts already known (fast path, benchmark, CLI without RPC);
 * `audit` first gathers chain facts (code, nonce, proxy, token metadata, simulation) with short time-outs.
 * Neither throws, neither mutates its input; anything unreadable yields `unknown` with a finding.
 */
import { analyzeRequest } from "./decode/analyzeRequest"
import type { Analysis } from "./decode/analysis"
import { resolveContext } from "./decode/resolveContext"
import { normalizeRequest } from "./normalize/normalizeRequest"
import { RULES } from "./rules/index"
import type { AuditContext, AuditRequest, AuditResult, Finding, KnownFacts } from "./types"
import { sortFindings, verdictOf } from "./verdict/verdictOf"
import { summarize } from "./verdict/summarize"
import { gatherFacts } from "./chain/gatherFacts"
import { errorMessage } from "../errors/base"

/** Judges `request` synchronously, without the network. */
export function auditSync(request: AuditRequest, context?: AuditContext): AuditResult {
  try {
    return judge(analyze(request, context))
  } catch (error) {
    return internalFailure(request, error)
  }
}

/** Judges `request`, gathering chain facts first when `context.rpcUrl` or `context.chainFacts` is given. */
export async function audit(request: AuditRequest, context?: AuditContext): Promise<AuditResult> {
  try {
    const first = analyze(request, context)
    if (!context?.chainFacts && !context?.rpcUrl) return judge(first)
    const facts: KnownFacts = await gatherFacts(first, context)
    return judge(analyze(request, { ...context, facts }))
  } catch (error) {
    return internalFailure(request, error)
  }
}

function analyze(request: AuditRequest, context: AuditContext | undefined): Analysis {
  const req = normalizeRequest(request)
  const ctx = resolveContext(context, req.chainId)
  const nowMs = typeof context?.now === "number" && Number.isFinite(context.now) ? context.now : Date.now()
  return analyzeRequest(req, ctx, Math.floor(nowMs / 1000))
}

function judge(a: Analysis): AuditResult {
  const findings: Finding[] = []
  for (const rule of RULES) {
    try {
      findings.push(...rule.check(a))
    } catch (error) {
      // A rule bug must not hide the other rules' findings, nor pass as safe.
      findings.push({ id: "rule-error", severity: "unknown", title: `Check ${rule.id} could not run`, detail: errorMessage(error).slice(0, 200) })
    }
  }
  const sorted = sortFindings(findings)
  const verdict = verdictOf(sorted)
  return { verdict, findings: sorted, decoded: a.decoded, summary: summarize(a, verdict, sorted) }
}

function internalFailure(request: unknown, error: unknown): AuditResult {
  let method = ""
  try {
    const m = (request as { method?: unknown } | null)?.method
    method = typeof m === "string" ? m.slice(0, 80) : ""
  } catch {
    method = ""
  }
  return {
    verdict: "unknown",
    findings: [
      {
        id: "audit-failed",
        severity: "unknown",
        title: "This request could not be checked",
        detail: `The Shield failed while reading it (${errorMessage(error).slice(0, 160)}). Treat it as unchecked.`
      }
    ],
    decoded: { kind: "malformed", method, give: [], get: [], allowances: [], calls: [] },
    summary: "Not checked: the request could not be read."
  }
}
