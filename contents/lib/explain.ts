import type { AuditOutcome } from "./overlay/renderReview"

/**
 * Fills the overlay's explanation area. Until the local LLM is wired in, it states the rules' verdict in
 * plain words from the findings; the verdict itself never comes from this text.
 */
export async function streamExplanation(outcome: AuditOutcome, target: HTMLElement): Promise<void> {
  if (!outcome.ok) {
    target.textContent = "No explanation: the request could not be checked."
    return
  }
  const { result } = outcome
  const lines = result.findings.filter((f) => f.severity !== "info").map((f) => `• ${f.title}: ${f.detail}`)
  target.textContent = lines.length ? lines.join("\n") : "The rules found nothing that gives away your assets or signs on your behalf."
  const note = document.createElement("small")
  note.textContent = "Written from the rules' findings (local LLM off)."
  target.append(note)
}
