/** The verdict is the worst finding: danger > warning > unknown > safe. `info` never changes it. */
import type { Finding, Severity, Verdict } from "../types"

const RANK: Record<Severity, number> = { danger: 3, warning: 2, unknown: 1, info: 0 }

/** Rank of a verdict, for UIs that sort or compare (higher = worse; unknown ranks above safe). */
export const VERDICT_RANK: Readonly<Record<Verdict, number>> = { danger: 3, warning: 2, unknown: 1, safe: 0 }

/** The verdict for a set of findings. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  let worst = 0
  for (const f of findings) worst = Math.max(worst, RANK[f.severity] ?? 1)
  return worst === 3 ? "danger" : worst === 2 ? "warning" : worst === 1 ? "unknown" : "safe"
}

/** Findings sorted worst first (stable within a severity). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => [f, i] as const)
    .sort((x, y) => RANK[y[0].severity] - RANK[x[0].severity] || x[1] - y[1])
    .map(([f]) => f)
}
