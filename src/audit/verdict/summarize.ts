/** One line a person can read: what the request does, and the worst thing about it. */
import type { Analysis } from "../decode/analysis"
import { short } from "../normalize/hex"
import type { Finding, Verdict } from "../types"

/** Builds the summary line. Page strings never reach it unescaped: only our own titles and short addresses. */
export function summarize(a: Analysis, verdict: Verdict, findings: readonly Finding[]): string {
  const what = describe(a)
  const worst = findings.find((f) => f.severity !== "info")
  const prefix = verdict === "danger" ? "Danger" : verdict === "warning" ? "Warning" : verdict === "unknown" ? "Not checked" : "Looks safe"
  return worst ? `${prefix}: ${what} — ${worst.title}.` : `${prefix}: ${what}.`
}

/** "USDC (0xa0b8…eb48)", "Uniswap SwapRouter02 (0x68b3…fc45)" or the short address. */
function name(a: Analysis, address: string | undefined): string {
  const known = a.ctx.knownName(address) ?? a.ctx.token(address)?.symbol
  return known && address ? `${known} (${short(address)})` : short(address)
}

function describe(a: Analysis): string {
  const d = a.decoded
  switch (d.kind) {
    case "transaction": {
      if (d.creation) return "deploys a contract"
      const c = d.calls[0]
      const fn = c?.functionName
      const target = name(a, c?.to)
      if (!fn) return c?.value ? `sends ${c.value.display} to ${target}` : `calls ${target}`
      return `calls ${fn} on ${target}${c.value ? ` with ${c.value.display}` : ""}`
    }
    case "batch":
      return `a batch of ${d.calls.length} call${d.calls.length === 1 ? "" : "s"}`
    case "typed-data": {
      const std = d.typedData?.standard
      return std ? `signs a ${std} message` : `signs typed data (${d.typedData?.primaryType ?? "unknown type"})`
    }
    case "personal-sign":
      return a.siwe ? "signs in with Ethereum" : "signs a message"
    case "eth-sign":
      return "signs raw bytes (eth_sign)"
    case "authorization":
      return "authorises code to run as your account"
    case "unsupported":
      return "an unfamiliar request"
    default:
      return "a request that could not be read"
  }
}
