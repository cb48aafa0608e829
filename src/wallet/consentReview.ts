import type { AuditResult, Finding, Verdict } from "../audit/types"

/**
 * What the review window shows for a wallet request that signs nothing (connect a site, add a chain). These
 * are not judged by the Shield's signing rules; the verdict says what the request grants, so the user still
 * decides in Mamori's window with the same buttons.
 */
export function consentReview(method: string, verdict: Extract<Verdict, "safe" | "warning">, summary: string, findings: Finding[]): AuditResult {
  return {
    verdict,
    summary,
    findings,
    decoded: { kind: "unsupported", method, give: [], get: [], allowances: [], calls: [] }
  }
}

/** `eth_requestAccounts`: the site will see this address and may ask for signatures (each reviewed). */
export function connectReview(origin: string, address: string): AuditResult {
  return consentReview("eth_requestAccounts", "safe", `${origin.slice(0, 120)} asks to see your address ${address}.`, [
    {
      id: "wallet-connect",
      severity: "info",
      title: "Connect this site",
      detail: `The site will see ${address} and your chain, and may ask for signatures and transactions: each one is reviewed here first. You can revoke it in the popup's Wallet tab.`
    }
  ])
}

/** `wallet_addEthereumChain`: the page names an RPC node that would then answer for that chain. */
export function addChainReview(chainId: number, name: string, rpcUrl: string): AuditResult {
  return consentReview("wallet_addEthereumChain", "warning", `The page asks to add chain ${chainId} (${name.slice(0, 60)}).`, [
    {
      id: "wallet-add-chain",
      severity: "warning",
      title: "The page chooses the RPC node",
      detail: `Mamori would read balances, chain facts and simulations for chain ${chainId} from ${rpcUrl.slice(0, 200)}, a node the page named. A dishonest node can hide what a transaction does. Prefer a node you know (Mamori's options).`
    }
  ])
}
