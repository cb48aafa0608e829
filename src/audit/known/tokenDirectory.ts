/**
 * Tokens the Shield knows, per chain, from the maintained `@uniswap/default-token-list` package plus the
 * wrapped native coin of each chain. A token's symbol is used only on the chain it belongs to: "WETH" at
 * an address that is not the chain's wrapped coin is just an unknown token (and is never payment).
 */
import tokenList from "@uniswap/default-token-list"
import type { TokenInfo } from "../types"

type ListToken = { chainId: number; address: string; symbol: string; decimals: number }

/** The wrapped native coin of each chain (facts from each chain's docs), plus Blur Pool ETH on Ethereum. */
export const WRAPPED_NATIVE_BY_CHAIN: Readonly<Record<number, readonly string[]>> = {
  1: ["0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2", "0x0000000000a39bb272e79075ade125fd351887ac"],
  10: ["0x4200000000000000000000000000000000000006"],
  56: ["0xbb4cdb9cbd36b01bd1cbaebf2de08d9173bc095c"],
  137: ["0x0d500b1d8e8ef31e21c99d1db9a6444d3adf1270"],
  8453: ["0x4200000000000000000000000000000000000006"],
  42161: ["0x82af49447d8a07e3bd95bd0d56f35241523fbab1"],
  31337: ["0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2"],
  11155111: ["0xfff9976782d46cc05630d1f6ebab18b2324d6b14"]
}

/** Tokens a few lines below that the list does not carry, with their chain. */
const EXTRA: readonly ListToken[] = [
  { chainId: 1, address: "0x0000000000a39bb272e79075ade125fd351887ac", symbol: "Blur Pool ETH", decimals: 18 },
  { chainId: 1, address: "0xae7ab96520de3a18e5e111b5eaab095312d7fe84", symbol: "stETH", decimals: 18 },
  { chainId: 1, address: "0x83f20f44975d03b1b09e64809b757c47f942beea", symbol: "sDAI", decimals: 18 },
  { chainId: 1, address: "0x5283d291dbcf85356a21ba090e6db59121208b44", symbol: "BLUR", decimals: 18 },
  { chainId: 137, address: "0x0d500b1d8e8ef31e21c99d1db9a6444d3adf1270", symbol: "WPOL", decimals: 18 },
  { chainId: 56, address: "0xbb4cdb9cbd36b01bd1cbaebf2de08d9173bc095c", symbol: "WBNB", decimals: 18 }
]

/** Stablecoin symbols: a payment below one unit of these is dust. */
export const STABLE_SYMBOLS: ReadonlySet<string> = new Set([
  "USDC",
  "USDT",
  "DAI",
  "USDC.e",
  "USDbC",
  "FRAX",
  "LUSD",
  "BUSD",
  "USDS",
  "PYUSD",
  "GHO",
  "crvUSD",
  "TUSD",
  "USDe",
  "FDUSD",
  "USD₮0",
  "USDT0"
])

const BY_CHAIN: ReadonlyMap<number, ReadonlyMap<string, TokenInfo>> = (() => {
  const m = new Map<number, Map<string, TokenInfo>>()
  const tokens = ((tokenList as { tokens?: ListToken[] }).tokens ?? []).concat(EXTRA)
  for (const t of tokens) {
    if (typeof t.address !== "string" || typeof t.symbol !== "string" || !Number.isInteger(t.decimals)) continue
    if (!m.has(t.chainId)) m.set(t.chainId, new Map())
    m.get(t.chainId)!.set(t.address.toLowerCase(), { symbol: t.symbol.slice(0, 20), decimals: t.decimals })
  }
  for (const alias of [31337]) m.set(alias, m.get(1)!)
  return m
})()

/** The token at `address` on `chainId` (Ethereum when the chain is not given), or undefined. */
export function listedToken(chainId: number | undefined, address: string | undefined): TokenInfo | undefined {
  if (!address) return undefined
  return BY_CHAIN.get(chainId ?? 1)?.get(address)
}

/** True when `address` is the chain's wrapped native coin (or the zero address standing for the coin). */
export function isWrappedNative(chainId: number | undefined, address: string | undefined): boolean {
  if (!address) return false
  if (address === "0x0000000000000000000000000000000000000000" || address === "0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee") return true
  return (WRAPPED_NATIVE_BY_CHAIN[chainId ?? 1] ?? []).includes(address)
}
