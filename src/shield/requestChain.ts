import { toChainId } from "../audit/normalize/hex"

/**
 * The chain a request itself names, if any: a transaction's `chainId`, a typed-data domain's `chainId`, a
 * `wallet_sendCalls` batch's `chainId`. Unlike the page's own eth_chainId answer, this is part of what is signed.
 */
export function chainOfRequest(method: string, params: unknown): number | undefined {
  const list = Array.isArray(params) ? params : []
  const positive = (v: unknown) => {
    const id = toChainId(v)
    return id !== undefined && id > 0 ? id : undefined
  }
  if (method === "eth_sendTransaction" || method === "eth_signTransaction" || method === "wallet_sendCalls") {
    const first = list[0]
    return first && typeof first === "object" ? positive((first as { chainId?: unknown }).chainId) : undefined
  }
  if (method.startsWith("eth_signTypedData")) {
    for (const p of list) {
      let data: unknown = p
      if (typeof p === "string" && p.startsWith("{")) {
        try {
          data = JSON.parse(p)
        } catch {
          continue
        }
      }
      const domain = data && typeof data === "object" ? (data as { domain?: { chainId?: unknown } }).domain : undefined
      if (domain && typeof domain === "object") return positive(domain.chainId)
    }
  }
  return undefined
}

export type ChainChoice = { chains: string[]; note?: string }

/**
 * Which chain(s) to judge a request on. The request's own chain wins. Without one, the page's eth_chainId
 * answer is used only when it names a chain the user gave Mamori an RPC for; otherwise the request is judged on
 * every chain the user configured (the worst verdict counts). So a page that answers "chain 1" to hide from
 * the devnet's chain facts only makes Mamori look harder: the page's answer can raise suspicion, never lower it.
 */
/**
 * `userChains`: the chains whose RPC the user chose (not the shipped public defaults). Since every known chain
 * has a default RPC, the page's answer would otherwise always pick its own chain; the user's own chains are
 * judged as well, so a page claiming "chain 1" to hide from the devnet's facts still meets them.
 */
export function chooseChains(requestChain: number | undefined, pageChain: unknown, configured: readonly string[], userChains: readonly string[] = []): ChainChoice {
  const page = toChainId(pageChain)
  const pageKey = page !== undefined && page > 0 ? String(page) : undefined
  if (requestChain !== undefined) {
    const note = pageKey && pageKey !== String(requestChain) ? `The page's wallet says it is on chain ${pageKey}, but the request is for chain ${requestChain}.` : undefined
    return { chains: [String(requestChain)], note }
  }
  if (pageKey && configured.includes(pageKey)) {
    const also = userChains.filter((k) => k !== pageKey && configured.includes(k)).slice(0, 2)
    if (!also.length) return { chains: [pageKey] }
    return {
      chains: [pageKey, ...also],
      note: `The request does not say which chain it is for; judged on chain ${pageKey} (the page's answer) and on ${also.join(", ")} (chains you set up): the worst verdict counts.`
    }
  }
  const chains = configured.slice(0, 3)
  if (!pageKey) return { chains, note: chains.length ? `The request does not say which chain it is for; judged on ${chains.join(", ")}.` : undefined }
  return {
    chains: chains.length ? chains : [pageKey],
    note: `The page's wallet says it is on chain ${pageKey}, which Mamori has no RPC for; judged on ${chains.length ? chains.join(", ") : pageKey} instead, as the request does not name its chain.`
  }
}
