import { formatEther, getAddress, isAddress } from "viem"

import { nativeSymbolOf } from "~src/chains/chainSettings"
import { errorMessage } from "~src/errors/base"
import { tokenBalances } from "~src/wallet/tokenBalances"

import { handle } from "../handle"
import { loadActivity } from "../wallet/activity"
import { currentChainId } from "../wallet/chainState"
import { loadSettings } from "../shield/stores"
import { walletStatus } from "../wallet/vaultStore"

const TIMEOUT_MS = 10_000

/** Balances of the selected account on the wallet's chain (native, and the listed tokens it holds) and the activity. */
export default handle("wallet-assets", async (body) => {
  const activity = await loadActivity()
  const status = await walletStatus()
  const chainId = await currentChainId()
  if (status.kind === "none") return { chainId, tokens: [], activity }
  const address = body?.address && isAddress(body.address) ? getAddress(body.address) : status.selected
  const settings = await loadSettings()
  const url = settings.rpcUrls[String(chainId)]
  if (!url) return { chainId, address, tokens: [], activity, error: `No RPC URL for chain ${chainId}.` }
  try {
    const batch = async (calls: { method: string; params: unknown[] }[]) => {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(calls.map((c, id) => ({ jsonrpc: "2.0", id, ...c }))),
        signal: AbortSignal.timeout(TIMEOUT_MS)
      })
      const answers = (await res.json()) as { id: number; result?: unknown; error?: unknown }[]
      if (!Array.isArray(answers)) throw new Error("the node does not answer JSON-RPC batches")
      return calls.map((_, id) => answers.find((a) => a?.id === id))
    }
    const [balance] = await batch([{ method: "eth_getBalance", params: [address, "latest"] }])
    if (typeof balance?.result !== "string") throw new Error("no balance in the node's answer")
    const raw = BigInt(balance.result)
    const tokens = await tokenBalances(chainId, address, batch)
    // Every chain Mamori lists has 18-decimal native coins (EIP-3085 allows only 18 for an added chain too).
    const symbol = nativeSymbolOf(settings, chainId)
    const display = symbol ? `${formatEther(raw)} ${symbol}` : `${formatEther(raw)} (native coin of chain ${chainId})`
    return { chainId, address, native: { raw: raw.toString(), display, symbol: symbol ?? "" }, tokens, activity }
  } catch (e) {
    return { chainId, address, tokens: [], activity, error: `Balances could not be read: ${errorMessage(e)}` }
  }
})
