/**
 * The minimal, structural view of an audit result that the explainer needs. It mirrors the Shield
 * core's output (`{ verdict, findings, decoded, summary }`) without importing it, so the two can
 * evolve separately; anything extra on the real object is ignored.
 */
export type Verdict = "danger" | "warning" | "safe" | "unknown"

export type ExplainFinding = {
  /** Stable rule id, e.g. `approval/unlimited`. */
  id: string
  /** Usually "danger" | "warning" | "info"; unknown values are shown as given (sanitised). */
  severity: string
  title: string
  detail?: string
}

export type ExplainInput = {
  verdict: Verdict | string
  findings: readonly ExplainFinding[]
  /** The decoded request (typed-data fields, calldata args, SIWE message…). Every string in it is page-supplied. */
  decoded?: unknown
  /** The rules' own summary (string or structured facts). */
  summary?: unknown
  /** The requesting page's origin (page-supplied). */
  origin?: string
  /** The JSON-RPC method, e.g. `eth_signTypedData_v4`. */
  method?: string
}

const VERDICTS: readonly Verdict[] = ["danger", "warning", "safe", "unknown"]

/** Reads the verdict from the rules' result; anything not one of the four is "unknown" (never "safe"). */
export function normaliseVerdict(value: unknown): Verdict {
  return VERDICTS.includes(value as Verdict) ? (value as Verdict) : "unknown"
}
