/**
 * Facts read through the page's own wallet, for users of a third-party wallet: that wallet's provider lives in
 * the page's world, so whatever it answers may come from the page. Such a source is tagged "untrusted" and is
 * only ever allowed to raise a verdict: the request is judged with the trusted facts (the user's RPC, or
 * none), then again with the untrusted facts, and the more severe verdict counts. An untrusted answer that
 * makes a thief look like a well-known contract changes nothing; one that shows the spender is a plain
 * wallet, or a simulation that drains the account, raises the verdict.
 */
import { audit } from "./audit"
import { createCallFactsProvider, type RpcCall } from "./chain/rpcFactsProvider"
import { UNTRUSTED_FACT_METHODS } from "./chain/untrustedMethods"
import type { AuditContext, AuditRequest, AuditResult, ChainFactsProvider, Finding } from "./types"
import { sortFindings, VERDICT_RANK } from "./verdict/verdictOf"

export type FactsTrust = "trusted" | "untrusted"
/** Where chain facts come from, and how far they are believed. */
export type FactsSource = { trust: FactsTrust; provider: ChainFactsProvider }

export { UNTRUSTED_FACT_METHODS }

/**
 * A facts provider over a page wallet's EIP-1193 `request`: only `UNTRUSTED_FACT_METHODS` go through, and
 * every answer is cached apart from the user's RPC's answers (`namespace`).
 */
export function createUntrustedFactsProvider(request: (args: { method: string; params: unknown[] }) => Promise<unknown>, namespace: string): FactsSource {
  const call: RpcCall = async <T>(method: string, params: unknown[]) => {
    if (!UNTRUSTED_FACT_METHODS.includes(method)) throw new Error(`${method} is not read from the page's wallet`)
    return (await request({ method, params })) as T
  }
  return { trust: "untrusted", provider: createCallFactsProvider(call, `untrusted:${namespace}`) }
}

/**
 * Judges `request` with the trusted context, and also with facts from `untrusted` when given; the result is
 * the trusted one, raised to the untrusted verdict when that is worse (see `combineVerdicts`).
 */
export async function auditWithUntrustedFacts(request: AuditRequest, context: AuditContext, untrusted?: FactsSource): Promise<AuditResult> {
  const trusted = await audit(request, context)
  if (untrusted?.trust !== "untrusted") return trusted
  // The untrusted pass starts from no facts of its own: it must not inherit, and so launder, trusted ones.
  const { rpcUrl: _rpcUrl, facts: _facts, ...rest } = context
  const other = await audit(request, { ...rest, chainFacts: untrusted.provider })
  return combineVerdicts(trusted, other)
}

/**
 * verdict = max(trusted verdict, untrusted verdict) in severity, where only the untrusted pass's `danger` and
 * `warning` findings count: "could not read it through the page" is not a fact about the request, and a page
 * must not be able to turn every review into "unknown" by refusing to answer. The trusted result is never
 * lowered; its findings all stay, and the untrusted findings that raise it are added, marked as such.
 */
export function combineVerdicts(trusted: AuditResult, untrusted: AuditResult): AuditResult {
  const raising = untrusted.findings.filter(
    (f) => (f.severity === "danger" || f.severity === "warning") && !trusted.findings.some((t) => t.id === f.id && t.severity === f.severity && t.title === f.title)
  )
  const worst = raising.reduce((v, f) => (VERDICT_RANK[f.severity as "danger" | "warning"] > VERDICT_RANK[v] ? (f.severity as "danger" | "warning") : v), trusted.verdict)
  if (VERDICT_RANK[worst] <= VERDICT_RANK[trusted.verdict]) return trusted
  const marked: Finding[] = raising.map((f) => ({
    ...f,
    title: `${f.title} (read through the page's wallet)`,
    detail: `${f.detail} This was found with facts read through the page's own wallet, which the page can influence: such facts can only raise the verdict.`
  }))
  return { ...trusted, verdict: worst, findings: sortFindings([...trusted.findings, ...marked]), summary: untrusted.summary }
}
