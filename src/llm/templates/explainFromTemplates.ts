import { sanitiseUntrusted } from "../prompt/sanitiseUntrusted"
import { normaliseVerdict, type ExplainInput } from "../prompt/types"
import { findingSentence, verdictHeadline } from "./explainTemplates"

/**
 * The deterministic explanation used when no language model runs: the verdict's headline, then one
 * line per finding (its title, then the family's plain-words sentence or the rule's own detail).
 * Page-derived text in titles/details is sanitised (no control or bidi characters) and length-capped.
 */
export function explainFromTemplates(input: ExplainInput): string {
  const verdict = normaliseVerdict(input.verdict)
  const lines = [verdictHeadline(verdict)]
  const findings = [...input.findings].sort((a, b) => rank(a.severity) - rank(b.severity)).slice(0, 8)
  for (const finding of findings) {
    const title = sanitiseUntrusted(finding.title, { maxLength: 120 })
    const sentence = findingSentence(finding.id) ?? (finding.detail ? sanitiseUntrusted(finding.detail, { maxLength: 240 }) : undefined)
    lines.push(`- ${title}${sentence ? `: ${sentence}` : ""}`)
  }
  if (input.findings.length > findings.length) lines.push(`- …and ${input.findings.length - findings.length} more findings.`)
  return lines.join("\n")
}

function rank(severity: string): number {
  return severity === "danger" ? 0 : severity === "warning" ? 1 : 2
}
