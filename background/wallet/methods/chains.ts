import { addChainReview } from "~src/wallet/consentReview"
import { invalidParams, RPC_CODES, userDenied, WalletRpcError } from "~src/wallet/rpcErrors"
import { isHttpUrl } from "~src/shield/settings"
import { toChainId } from "~src/audit/normalize/hex"
import { rpcRequest } from "~src/audit/chain/rpcRequest"
import { addedChainMeta } from "~src/wallet/addedChain"

import { askInWindow } from "../askInWindow"
import { currentChainId, setChainId } from "../chainState"
import { loadSettings, updateSettings } from "../../shield/stores"
import type { RpcContext } from "./context"

const chainOf = (params: unknown): number => {
  const first = Array.isArray(params) ? params[0] : undefined
  const id = toChainId((first as { chainId?: unknown } | undefined)?.chainId)
  if (id === undefined || id <= 0) throw invalidParams("Expected [{ chainId: hex }].")
  return id
}

/** `wallet_switchEthereumChain`: to a chain Mamori has an RPC URL for, else 4902 (the dapp may then add it). */
export async function switchChain(params: unknown): Promise<null> {
  await setChainId(chainOf(params))
  return null
}

/**
 * `wallet_addEthereumChain` (EIP-3085): a known chain is switched to; an unknown one is reviewed in Mamori's
 * window (the page names the RPC node), checked (the node must answer that chain id) and then added to the
 * Shield settings' `rpcUrls`. A chain the user configured keeps the user's own RPC URL.
 */
export async function addChain(ctx: RpcContext, params: unknown): Promise<null> {
  const chainId = chainOf(params)
  const { rpcUrls } = await loadSettings()
  if (rpcUrls[String(chainId)]) return switchChain(params)
  const info = (params as { chainName?: unknown; rpcUrls?: unknown }[])[0]!
  const url = Array.isArray(info.rpcUrls) ? info.rpcUrls.find((u) => isHttpUrl(u)) : undefined
  if (!url) throw invalidParams("wallet_addEthereumChain needs an http(s) RPC URL.")
  const answered = await rpcRequest<string>(url, "eth_chainId", [], 5_000).catch(() => undefined)
  if (toChainId(answered) !== chainId) throw invalidParams(`The RPC URL does not answer for chain ${chainId}.`)
  const meta = addedChainMeta(chainId, info)
  const answer = await askInWindow({
    origin: ctx.origin,
    tabId: ctx.tabId,
    documentId: ctx.documentId,
    request: { method: "wallet_addEthereumChain", params },
    outcome: addChainReview(chainId, meta.name, url, meta.nativeSymbol)
  })
  if (!answer.allow) throw userDenied("adding the chain", answer.reason)
  // Its name and coin symbol are kept as a custom chain's (balances show the chain's own coin, not "ETH").
  const custom = { id: meta.id, name: meta.name, nativeSymbol: meta.nativeSymbol }
  await updateSettings((s) =>
    s.rpcUrls[String(chainId)]
      ? s
      : {
          ...s,
          rpcUrls: { ...s.rpcUrls, [String(chainId)]: url },
          customChains: meta.known ? s.customChains : [...s.customChains.filter((c) => c.id !== chainId), custom]
        }
  )
  await setChainId(chainId)
  return null
}

export async function chainIdHex(): Promise<string> {
  return `0x${(await currentChainId()).toString(16)}`
}

export async function requireChain(): Promise<number> {
  try {
    return await currentChainId()
  } catch (e) {
    throw e instanceof WalletRpcError ? e : new WalletRpcError(RPC_CODES.chainDisconnected, "Mamori is not connected to any chain.")
  }
}
