import { rpcRequest } from "~src/audit/chain/rpcRequest"
import type { RpcCall } from "~src/wallet/fillTransaction"
import { RPC_CODES, WalletRpcError } from "~src/wallet/rpcErrors"

import { getLocal, setLocal } from "../studio/storage"
import { loadSettings } from "../shield/stores"
import { bumpWalletEpoch } from "./epoch"

const CHAIN = "wallet.chainId"
/** How long a proxied read or a transaction's fill may take on the node. */
const RPC_TIMEOUT_MS = 15_000

/**
 * The wallet's current chain: the one the user (or a reviewed switch) chose, as long as Mamori has an RPC URL
 * for it in the Shield settings (`rpcUrls`, the same table the Shield reads its chain facts from); else
 * Ethereum when configured, else the first configured chain.
 */
export async function currentChainId(): Promise<number> {
  const { rpcUrls } = await loadSettings()
  const stored = await getLocal<number>(CHAIN)
  if (stored && rpcUrls[String(stored)]) return stored
  if (rpcUrls["1"]) return 1
  const first = Object.keys(rpcUrls)[0]
  if (!first) throw new WalletRpcError(RPC_CODES.chainDisconnected, "Mamori has no RPC URL for any chain. Add one in Mamori's options.")
  return Number(first)
}

export async function setChainId(chainId: number): Promise<void> {
  const { rpcUrls } = await loadSettings()
  if (!rpcUrls[String(chainId)]) throw new WalletRpcError(RPC_CODES.unrecognizedChain, `Mamori has no RPC URL for chain ${chainId}. Add the chain first.`)
  await setLocal(CHAIN, chainId)
  await bumpWalletEpoch()
}

/** A JSON-RPC caller for a chain, through the RPC URL the user set for it. */
export async function rpcFor(chainId: number): Promise<RpcCall> {
  const url = (await loadSettings()).rpcUrls[String(chainId)]
  if (!url) throw new WalletRpcError(RPC_CODES.chainDisconnected, `Mamori has no RPC URL for chain ${chainId}.`)
  return <T>(method: string, params: unknown[]) => rpcRequest<T>(url, method, params, RPC_TIMEOUT_MS)
}
