/** The shape of one Shield rule: a stable id, the worst severity it can raise, and a pure check. */
import type { Analysis } from "../decode/analysis"
import type { Finding, Severity } from "../types"

export type Rule = {
  id: string
  /** The worst severity this rule can raise (some rules soften to `info` when the risk is small). */
  severity: Severity
  /** What the rule looks for, in one sentence (for docs and the options page). */
  description: string
  check(a: Analysis): Finding[]
}

/** Builds a finding for `rule`; `severity` defaults to the rule's own. */
export function finding(rule: Pick<Rule, "id" | "severity">, title: string, detail: string, severity: Severity = rule.severity): Finding {
  return { id: rule.id, severity, title, detail }
}
