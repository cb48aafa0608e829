import { findLookalike } from "../audit/known/lookalikeDomain"
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

/**
 * `eth_requestAccounts`: the site will see this address and may ask for signatures (each reviewed). A site whose
 * domain imitates a well-known dapp's (the Shield's `origin-lookalike` rule and its curated list) is a warning
 * here already: connecting grants nothing to take, but it is the first step of every phishing copy.
 */
export function connectReview(origin: string, address: string): AuditResult {
  const findings: Finding[] = [
    {
      id: "wallet-connect",
      severity: "info",
      title: "Connect this site",
      detail: `The site will see ${address} and your chain, and may ask for signatures and transactions: each one is reviewed here first. You can revoke it in the popup's Wallet tab.`
    }
  ]
  const host = hostOf(origin)
  const lookalike = findLookalike(host)
  if (lookalike)
    findings.unshift({
      id: "origin-lookalike",
      severity: "warning",
      title: `This site is not ${lookalike.name}: ${host!.slice(0, 80)} imitates ${lookalike.domain}`,
      detail: `Its address looks like ${lookalike.name}'s (${lookalike.domain}) but is another site. Copies of well-known sites exist to take assets: check the address bar before you connect or sign anything here.`
    })
  return consentReview("eth_requestAccounts", lookalike ? "warning" : "safe", `${origin.slice(0, 120)} asks to see your address ${address}.`, findings)
}

const hostOf = (origin: string): string | undefined => {
  try {
    return new URL(origin).hostname.toLowerCase() || undefined
  } catch {
    return undefined
  }
}

/** `wallet_addEthereumChain`: the page names an RPC node that would then answer for that chain. */
export function addChainReview(chainId: number, name: string, rpcUrl: string, nativeSymbol?: string): AuditResult {
  const coin = nativeSymbol ? `, coin ${nativeSymbol}` : ""
  return consentReview("wallet_addEthereumChain", "warning", `The page asks to add chain ${chainId} (${name.slice(0, 60)}${coin}).`, [
    {
      id: "wallet-add-chain",
      severity: "warning",
      title: "The page chooses the RPC node",
      detail: `Mamori would read balances, chain facts and simulations for chain ${chainId} from ${rpcUrl.slice(0, 200)}, a node the page named. A dishonest node can hide what a transaction does. Prefer a node you know (Mamori's options).`
    }
  ])
}
