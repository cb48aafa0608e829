/**
 * Facts the Shield prints with: native coin symbols and router placeholders. Protocol contracts per chain
 * live in `protocolContracts.ts`, tokens per chain in `tokenDirectory.ts`.
 */

/** Ethereum tokens the default token list may miss, with their decimals (used on Ethereum only). */
export const KNOWN_TOKENS: Readonly<Record<string, { symbol: string; decimals: number }>> = {
  "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48": { symbol: "USDC", decimals: 6 },
  "0xdac17f958d2ee523a2206206994597c13d831ec7": { symbol: "USDT", decimals: 6 },
  "0x6b175474e89094c44da98b954eedeac495271d0f": { symbol: "DAI", decimals: 18 },
  "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2": { symbol: "WETH", decimals: 18 },
  "0x2260fac5e5542a773aa44fbcfedf7c193bc2c599": { symbol: "WBTC", decimals: 8 },
  "0x1f9840a85d5af5bf1d1762f925bdaddc4201f984": { symbol: "UNI", decimals: 18 },
  "0x514910771af9ca656af840dff83e8264ecf986ca": { symbol: "LINK", decimals: 18 },
  "0x6982508145454ce325ddbe47a25d4ec3d2311933": { symbol: "PEPE", decimals: 18 },
  "0x95ad61b0a150d79219dcf64e1e6cc01f0b64c4ce": { symbol: "SHIB", decimals: 18 },
  "0x7fc66500c84a76ad7e9c93437bfc5ac33e2ddae9": { symbol: "AAVE", decimals: 18 },
  "0xae7ab96520de3a18e5e111b5eaab095312d7fe84": { symbol: "stETH", decimals: 18 },
  "0x7f39c581f595b53c5cb19bd0b3f8da6c935e2ca0": { symbol: "wstETH", decimals: 18 },
  "0x9f8f72aa9304c8b593d555f12ef6589cc3a579a2": { symbol: "MKR", decimals: 18 },
  "0x5a98fcbea516cf06857215779fd812ca3bef1b32": { symbol: "LDO", decimals: 18 },
  "0x4d224452801aced8b2f0aebe155379bb5d594381": { symbol: "APE", decimals: 18 },
  "0x0000000000a39bb272e79075ade125fd351887ac": { symbol: "Blur Pool ETH", decimals: 18 },
  "0x5283d291dbcf85356a21ba090e6db59121208b44": { symbol: "BLUR", decimals: 18 },
  "0x83f20f44975d03b1b09e64809b757c47f942beea": { symbol: "sDAI", decimals: 18 },
  "0x853d955acef822db058eb8505911ed77f175b99e": { symbol: "FRAX", decimals: 18 },
  "0x4fabb145d64652a948d72533023f6e7a623c7c53": { symbol: "BUSD", decimals: 18 },
  "0xb8c77482e45f1f44de1745f52c74426c631bdd52": { symbol: "BNB", decimals: 18 },
  "0xc944e90c64b2c07662a292be6244bdf05cda44a7": { symbol: "GRT", decimals: 18 },
  "0xd533a949740bb3306d119cc777fa900ba034cd52": { symbol: "CRV", decimals: 18 }
}

/** Native coin symbols by chain id (falls back to ETH). */
export const NATIVE_SYMBOL: Readonly<Record<number, string>> = {
  1: "ETH",
  10: "ETH",
  56: "BNB",
  100: "xDAI",
  137: "POL",
  8453: "ETH",
  42161: "ETH",
  43114: "AVAX",
  31337: "ETH",
  11155111: "ETH"
}

/** Addresses a Universal Router uses as placeholders for "the caller" and "the router itself". */
export const ROUTER_PLACEHOLDERS = new Set(["0x0000000000000000000000000000000000000001", "0x0000000000000000000000000000000000000002"])
