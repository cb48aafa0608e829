import type { ShieldSettings } from "./settings"

/** What happens to a request: `review` waits for the user; `continue` forwards without a click; `pass` skips the audit. */
export type Policy = "review" | "continue" | "pass"

/**
 * Decides whether a request needs the user's click. Only a `safe` verdict on a trusted site continues by
 * itself; `unknown` is never treated as safe. A paused site is not audited at all.
 */
export function sitePolicy(settings: ShieldSettings, origin: string, verdict?: string): Policy {
  const mode = settings.sites[origin]
  if (mode === "paused") return "pass"
  if (mode === "trusted" && verdict === "safe") return "continue"
  return "review"
}
