/**
 * Public, well-known contracts (mainnet addresses; several are deployed at the same address on other
 * chains). Being on this list means "a spender people use every day", not "safe to sign anything for".
 * The user can extend it through `AuditContext.knownContracts`.
 */
export const KNOWN_CONTRACTS: Readonly<Record<string, string>> = {
  "0x000000000022d473030f116ddee9f6b43ac78ba3": "Uniswap Permit2",
  "0xef1c6e67703c7bd7107eed8303fbe6ec2554bf6b": "Uniswap Universal Router (v1)",
  "0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad": "Uniswap Universal Router",
  "0x66a9893cc07d91d95644aedd05d03f95e1dba8af": "Uniswap Universal Router (v4)",
  "0x68b3465833fb72a70ecdf485e0e4c7bd8665fc45": "Uniswap SwapRouter02",
  "0xe592427a0aece92de3edee1f18e0157c05861564": "Uniswap SwapRouter",
  "0x7a250d5630b4cf539739df2c5dacb4c659f2488d": "Uniswap V2 Router",
  "0xc36442b4a4522e871399cd717abdd847ab11fe88": "Uniswap V3 Positions NFT",
  "0xd9e1ce17f2641f24ae83637ab66a2cca9c378b9f": "SushiSwap Router",
  "0x1111111254eeb25477b68fb85ed929f73a960582": "1inch Router v5",
  "0x111111125421ca6dc452d289314280a0f8842a65": "1inch Router v6",
  "0xdef1c0ded9bec7f1a1670819833240f027b25eff": "0x Exchange Proxy",
  "0xc92e8bdf79f0507f65a392b0ab4667716bfe0110": "CoW Protocol Vault Relayer",
  "0x6000da47483062a0d734ba3dc7576ce6a0b645c4": "UniswapX Exclusive Dutch Order Reactor",
  "0x00000011f84b9aa48e5f8aa8b9897600006289be": "UniswapX V2 Dutch Order Reactor",
  "0x9008d19f58aabd9ed0d60971565aa8510560ab41": "CoW Protocol Settlement",
  "0x00000000006c3852cbef3e08e8df289169ede581": "Seaport 1.1",
  "0x00000000000006c7676171937c444f6bde3d6282": "Seaport 1.2",
  "0x0000000000000ad24e80fd803c6ac37206a45f15": "Seaport 1.3",
  "0x00000000000001ad428e4906ae43d8f9852d0dd6": "Seaport 1.4",
  "0x00000000000000adc04c56bf30ac9d3c0aaf14dc": "Seaport 1.5",
  "0x0000000000000068f116a894984e2db1123eb395": "Seaport 1.6",
  "0x1e0049783f008a0085193e00003d00cd54003c71": "OpenSea Conduit",
  "0x0000a26b00c1f0df003000390027140000faa719": "OpenSea Fee Recipient",
  "0x000000000000ad05ccc4f10045630fb830b95127": "Blur Exchange",
  "0x00000000000111abe46ff893f3b2fdf1f759a8a8": "Blur Execution Delegate",
  "0x0000000000a39bb272e79075ade125fd351887ac": "Blur Pool",
  "0x29469395eaf6f95920e59f858042f0e28d98a20b": "Blur Blend",
  "0x0000000000e655fae4d56241588680f86e3b2377": "LooksRare Exchange v2",
  "0x87870bca3f3fd6335c3f4ce8392d69350b4fa4e2": "Aave V3 Pool",
  "0x7d2768de32b0b80b7a3454c06bdac94a69ddc7a9": "Aave V2 Lending Pool",
  "0xc3d688b66703497daa19211eedff47f25384cdc3": "Compound III USDC",
  "0xae7ab96520de3a18e5e111b5eaab095312d7fe84": "Lido stETH",
  "0x7f39c581f595b53c5cb19bd0b3f8da6c935e2ca0": "Lido wstETH",
  "0x253553366da8546fc250f225fe3d25d0c782303b": "ENS ETH Registrar Controller",
  "0x57f1887a8bf19b14fc0df6fd9b2acc9af147ea85": "ENS Base Registrar",
  "0x00000000219ab540356cbb839cbe05303d7705fa": "Ethereum Deposit Contract",
  "0x3154cf16ccdb4c6d922629664174b904d80f2c35": "Base Bridge",
  "0x99c9fc46f92e8a1c0dec1b1747d010903e884be1": "Optimism Gateway",
  "0x4dbd4fc535ac27206064b68ffcf827b0a60bab3f": "Arbitrum Delayed Inbox",
  "0xca11bde05977b3631167028862be2a173976ca11": "Multicall3",
  "0x6352a56caadc4f1e25cd6c75970fa768a3304e64": "OpenOcean Exchange",
  "0xdef171fe48cf0115b1d80b88dc8eab59176fee57": "ParaSwap Augustus v5",
  "0x6a000f20005980200259b80c5102003040001068": "ParaSwap Augustus v6",
  "0x881d40237659c251811cec9c364ef91dc08d300c": "MetaMask Swap Router",
  "0x1231deb6f5749ef6ce6943a275a1d3e7486f4eae": "LI.FI Diamond",
  "0x000000000000aaeb6d7670e522a718067333cd4e": "OpenSea Operator Filter Registry"
}

/** Well-known tokens with their decimals (facts, used to print human amounts). */
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
  1: "ETH", 10: "ETH", 56: "BNB", 100: "xDAI", 137: "POL", 8453: "ETH", 42161: "ETH", 43114: "AVAX", 31337: "ETH", 11155111: "ETH"
}

/** Addresses a Universal Router uses as placeholders for "the caller" and "the router itself". */
export const ROUTER_PLACEHOLDERS = new Set([
  "0x0000000000000000000000000000000000000001",
  "0x0000000000000000000000000000000000000002"
])

/** Wrapped-native tokens: paying in these counts as paying in the native coin. */
export const WRAPPED_NATIVE = new Set([
  "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2",
  "0x0000000000a39bb272e79075ade125fd351887ac",
  "0x0000000000000000000000000000000000000000"
])
