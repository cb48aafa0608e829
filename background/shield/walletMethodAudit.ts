import { audit, VERDICT_RANK } from "~src/audit"
import type { AuditResult } from "~src/audit/types"
import type { ShieldSettings } from "~src/shield/settings"
import { decodeRawTransaction, isWalletMethod, rawTransactionFinding, rawTransactionUnreadable, walletMethodReview } from "~src/shield/walletMethodReview"

/**
 * The Shield's verdict for the methods that reach a third-party wallet without its signing confirmation (chain
 * and token changes, an already-signed transaction), or undefined for every other method (the ordinary audit).
 * A raw transaction is judged on the chain it was signed for, with that chain's RPC (simulation included).
 */
export async function walletMethodAudit(
  method: string,
  params: unknown,
  origin: string,
  settings: ShieldSettings,
  history: string[]
): Promise<{ result: AuditResult; chainId?: string } | undefined> {
  if (isWalletMethod(method)) return { result: walletMethodReview(method, params, settings.rpcUrls) }
  if (method !== "eth_sendRawTransaction") return undefined
  const decoded = await decodeRawTransaction(params, origin)
  if (!decoded.ok) return { result: rawTransactionUnreadable(decoded.error) }
  const chainId = decoded.chainId === undefined ? undefined : String(decoded.chainId)
  const judged = await audit(decoded.request, { rpcUrl: chainId ? settings.rpcUrls[chainId] : undefined, history, now: Date.now(), timeoutMs: 1500 })
  const finding = rawTransactionFinding(decoded.from, decoded.chainId)
  // Without a chain id the signature is valid on every chain: never better than a warning.
  const verdict = finding.severity === "warning" && VERDICT_RANK[judged.verdict] < VERDICT_RANK.warning ? "warning" : judged.verdict
  return { chainId, result: { ...judged, verdict, findings: [finding, ...judged.findings] } }
}
