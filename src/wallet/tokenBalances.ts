import tokenList from "@uniswap/default-token-list"
import { decodeFunctionResult, encodeFunctionData, erc20Abi, formatUnits, type Address, type Hex } from "viem"

import type { TokenBalance } from "./walletMessages"

type ListedToken = { chainId: number; address: string; symbol: string; decimals: number }

/** Tokens of `@uniswap/default-token-list` on one chain (the same list the Shield names tokens from). */
export function listedTokens(chainId: number): ListedToken[] {
  return (tokenList.tokens as ListedToken[]).filter((t) => t.chainId === chainId)
}

/** A JSON-RPC batch sender (injected): one HTTP request carrying many calls, answers in the same order. */
export type RpcBatch = (calls: { method: string; params: unknown[] }[]) => Promise<({ result?: unknown; error?: unknown } | undefined)[]>

/** Batches per HTTP request: public nodes commonly cap a JSON-RPC batch at 100 calls. */
const BATCH = 100

/**
 * The listed tokens `owner` holds on `chainId`, with non-zero balances only: `balanceOf` for each token, sent
 * as batched `eth_call`s (no multicall contract needed, so it also works on a fresh devnet). A token whose
 * call fails is left out, never shown as zero or as a guess.
 */
export async function tokenBalances(chainId: number, owner: Address, send: RpcBatch): Promise<TokenBalance[]> {
  const tokens = listedTokens(chainId)
  const data = encodeFunctionData({ abi: erc20Abi, functionName: "balanceOf", args: [owner] })
  const out: TokenBalance[] = []
  for (let i = 0; i < tokens.length; i += BATCH) {
    const chunk = tokens.slice(i, i + BATCH)
    const answers = await send(chunk.map((t) => ({ method: "eth_call", params: [{ to: t.address, data }, "latest"] })))
    chunk.forEach((t, k) => {
      const result = answers[k]?.result
      if (typeof result !== "string" || result === "0x") return
      try {
        const raw = decodeFunctionResult({ abi: erc20Abi, functionName: "balanceOf", data: result as Hex })
        if (raw > 0n) out.push({ address: t.address, symbol: t.symbol, decimals: t.decimals, raw: raw.toString(), display: `${formatUnits(raw, t.decimals)} ${t.symbol}` })
      } catch {
        // not an ERC-20 answer: left out
      }
    })
  }
  return out
}
