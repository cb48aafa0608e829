/**
 * The options page's "test" button: which chain an RPC endpoint answers for and its latest block, so that a
 * URL for the wrong chain is seen before it is saved (facts from chain A judged as chain B would mislead
 * every review).
 */
import { errorMessage } from "../errors/base"
import { rpcHost, rpcRequest } from "../audit/chain/rpcRequest"

export type RpcProbe = { ok: true; host: string; chainId: number; blockNumber: number; ms: number; matches: boolean } | { ok: false; host: string; error: string; ms: number }

/** Asks `url` for `eth_chainId` and `eth_blockNumber`; never throws. `matches` compares with `expectedChainId`. */
export async function probeRpc(url: string, expectedChainId: number, timeoutMs = 5000): Promise<RpcProbe> {
  const started = Date.now()
  const host = rpcHost(url)
  try {
    const [idHex, blockHex] = await Promise.all([rpcRequest<unknown>(url, "eth_chainId", [], timeoutMs), rpcRequest<unknown>(url, "eth_blockNumber", [], timeoutMs)])
    const chainId = quantity(idHex)
    const blockNumber = quantity(blockHex)
    if (chainId === undefined) return { ok: false, host, error: `eth_chainId answered ${JSON.stringify(idHex)?.slice(0, 40)}, not a chain id`, ms: Date.now() - started }
    if (blockNumber === undefined)
      return { ok: false, host, error: `eth_blockNumber answered ${JSON.stringify(blockHex)?.slice(0, 40)}, not a block number`, ms: Date.now() - started }
    return { ok: true, host, chainId, blockNumber, ms: Date.now() - started, matches: chainId === expectedChainId }
  } catch (error) {
    return { ok: false, host, error: errorMessage(error), ms: Date.now() - started }
  }
}

/** A JSON-RPC quantity (`0x…`, no leading zeros required) as a safe integer. */
function quantity(value: unknown): number | undefined {
  if (typeof value !== "string" || !/^0x[0-9a-fA-F]{1,14}$/.test(value)) return undefined
  const n = Number.parseInt(value, 16)
  return Number.isSafeInteger(n) ? n : undefined
}
