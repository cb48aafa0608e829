/**
 * Curated protocol contracts per chain: the routers, vaults and registries people approve and call every
 * day. Being listed means "a spender people use every day", never "safe to sign anything for": the rules
 * still read where value and power go (a Permit2 transferFrom or a router sweep to a stranger is an
 * outflow to a stranger, whoever runs it).
 *
 * Chains: 1 Ethereum, 10 Optimism, 56 BNB Chain, 137 Polygon, 8453 Base, 42161 Arbitrum One (31337 and
 * 11155111 reuse the Ethereum list for devnets and Sepolia forks). `ALL` marks deterministic
 * (CREATE2 / keyless) deployments at the same address on every chain above.
 *
 * Sources (each group below names its own): the projects' deployment pages, read 2025–2026:
 *  - Uniswap: docs.uniswap.org/contracts/v3/reference/deployments, …/v4/deployments, …/permit2/overview,
 *    github.com/Uniswap/universal-router (deploy-addresses), github.com/Uniswap/UniswapX (deployments)
 *  - Safe: github.com/safe-global/safe-deployments (v1.3.0 and v1.4.1 JSON files)
 *  - OpenSea Seaport: github.com/ProjectOpenSea/seaport (README "Deployments")
 *  - Blur: etherscan verified contracts "Blur.io: Marketplace", "Blur: Blend", "Blur Pool"
 *  - LooksRare v2: docs.looksrare.org/developers/deployed-contract-addresses
 *  - Aave v3: aave.com/docs (Addresses dashboard), search.onaave.com
 *  - Lido: docs.lido.fi/deployed-contracts
 *  - Compound III: docs.compound.finance (Comet deployments); Morpho: docs.morpho.org/addresses
 *  - Across: docs.across.to/reference/contract-addresses
 *  - Pendle: docs.pendle.finance/Developers/Deployments
 *  - Curve: docs.curve.fi/references/deployed-contracts
 *  - ENS: docs.ens.domains/learn/deployments
 *  - 1inch: portal.1inch.dev (Aggregation Router v5/v6); 0x: 0x.org/docs (Exchange Proxy, AllowanceHolder)
 *  - CoW Protocol: docs.cow.fi/cow-protocol/reference/contracts/core
 *  - Multicall3: github.com/mds1/multicall (deployments)
 *  - Chain bridges: docs.optimism.io, docs.base.org, docs.arbitrum.io (L1 contract addresses)
 *  - DEXs of L2s: aerodrome.finance/security, docs.pancakeswap.finance, docs.velodrome.finance
 *  - GMX v1: docs.gmx.io (Contracts, Arbitrum)
 */

const ALL = [1, 10, 56, 137, 8453, 42161] as const
type Chain = number

/** [address, name, chains]. Addresses lower-case. */
const ENTRIES: readonly (readonly [string, string, readonly Chain[]])[] = [
  // Uniswap (docs.uniswap.org deployments; Permit2 is a CREATE2 deployment on every chain)
  ["0x000000000022d473030f116ddee9f6b43ac78ba3", "Uniswap Permit2", ALL],
  ["0xef1c6e67703c7bd7107eed8303fbe6ec2554bf6b", "Uniswap Universal Router (v1)", [1]],
  ["0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad", "Uniswap Universal Router", [1, 10, 137, 8453, 42161]],
  ["0x4dae2f939acf50408e13d58534ff8c2776d45265", "Uniswap Universal Router", [56]],
  ["0x198ef79f1f515f02dfe9e3115ed9fc07183f02fc", "Uniswap Universal Router", [8453]],
  ["0x5e325eda8064b456f4781070c0738d849c824258", "Uniswap Universal Router", [42161]],
  ["0xec8b0f7ffe3ae75d7ffab09429e3675bb63503e4", "Uniswap Universal Router", [10]],
  ["0xec7be89e9d109e7e3fec59c222cf297125fefda2", "Uniswap Universal Router", [137]],
  ["0x66a9893cc07d91d95644aedd05d03f95e1dba8af", "Uniswap Universal Router (v4)", [1]],
  ["0x6ff5693b99212da76ad316178a184ab56d299b43", "Uniswap Universal Router (v4)", [8453]],
  ["0xa51afafe0263b40edaef0df8781ea9aa03e381a3", "Uniswap Universal Router (v4)", [42161]],
  ["0x851116d9223fabed8e56c0e6b8ad0c31d98b3507", "Uniswap Universal Router (v4)", [10]],
  ["0x1095692a6237d83c6a72f3f5efedb9a670c49223", "Uniswap Universal Router (v4)", [137]],
  ["0x1906c1d672b88cd1b9ac7593301ca990f94eae07", "Uniswap Universal Router (v4)", [56]],
  ["0x68b3465833fb72a70ecdf485e0e4c7bd8665fc45", "Uniswap SwapRouter02", [1, 10, 137, 42161]],
  ["0x2626664c2603336e57b271c5c0b26f421741e481", "Uniswap SwapRouter02", [8453]],
  ["0xb971ef87ede563556b2ed4b1c0b0019111dd85d2", "Uniswap SwapRouter02", [56]],
  ["0xe592427a0aece92de3edee1f18e0157c05861564", "Uniswap SwapRouter", [1, 10, 137, 42161]],
  ["0x7a250d5630b4cf539739df2c5dacb4c659f2488d", "Uniswap V2 Router", [1]],
  ["0x4752ba5dbc23f44d87826276bf6fd6b1c372ad24", "Uniswap V2 Router", [8453, 42161, 10, 137, 56]],
  ["0xc36442b4a4522e871399cd717abdd847ab11fe88", "Uniswap V3 Positions NFT", [1, 10, 137, 42161]],
  ["0x03a520b32c04bf3beef7beb72e919cf822ed34f1", "Uniswap V3 Positions NFT", [8453]],
  ["0x7b8a01b39d58278b5de7e48c8449c9f4f5170613", "Uniswap V3 Positions NFT", [56]],
  ["0xbd216513d74c8cf14cf4747e6aaa6420ff64ee9e", "Uniswap v4 PositionManager", [1]],
  ["0x7c5f5a4bbd8fd63184577525326123b519429bdc", "Uniswap v4 PositionManager", [8453]],
  ["0xd88f38f930b7952f2db2432cb002e7abbf3dd869", "Uniswap v4 PositionManager", [42161]],
  ["0x3c3ea4b57a46241e54610e5f022e5c45859a1017", "Uniswap v4 PositionManager", [10]],
  ["0x1ec2ebf4f37e7363fdfe3551602425af0b3ceef9", "Uniswap v4 PositionManager", [137]],
  ["0x7a4a5c919ae2541aed11041a1aeee68f1287f95b", "Uniswap v4 PositionManager", [56]],
  ["0x000000fee13a103a10d593b9ae06b3e05f2e7e1c", "Uniswap interface fee collector", ALL],
  // UniswapX reactors (github.com/Uniswap/UniswapX deployments)
  ["0x6000da47483062a0d734ba3dc7576ce6a0b645c4", "UniswapX Exclusive Dutch Order Reactor", [1]],
  ["0x00000011f84b9aa48e5f8aa8b9897600006289be", "UniswapX V2 Dutch Order Reactor", [1]],
  ["0x1bd1aadc9e230626c44a139d7e70d842749351eb", "UniswapX V2 Dutch Order Reactor", [42161]],
  ["0x000000001ec5656dcdb24d90dfa42742738de729", "UniswapX Priority Order Reactor", [8453]],
  // Aggregators (1inch portal, 0x docs, ParaSwap/Velora docs, KyberSwap docs, Odos docs, LI.FI docs)
  ["0x1111111254eeb25477b68fb85ed929f73a960582", "1inch Router v5", ALL],
  ["0x111111125421ca6dc452d289314280a0f8842a65", "1inch Router v6", ALL],
  ["0xdef1c0ded9bec7f1a1670819833240f027b25eff", "0x Exchange Proxy", [1, 56, 137, 42161, 8453]],
  ["0xdef1abe32c034e558cdd535791643c58a13acc10", "0x Exchange Proxy", [10]],
  ["0x0000000000001ff3684f28c67538d4d072c22734", "0x AllowanceHolder", ALL],
  ["0x0000000000005e88410ccdfade4a5efae4b49562", "0x AllowanceHolder", ALL],
  ["0xdef171fe48cf0115b1d80b88dc8eab59176fee57", "ParaSwap Augustus v5", ALL],
  ["0x6a000f20005980200259b80c5102003040001068", "ParaSwap Augustus v6", ALL],
  ["0x6131b5fae19ea4f9d964eac0408e4408b66337b5", "KyberSwap Meta Aggregation Router", ALL],
  ["0xcf5540fffcdc3d510b18bfca6d2b9987b0772559", "Odos Router v2", [1]],
  ["0x19ceead7105607cd444f5ad10dd51356436095a1", "Odos Router v2", [8453]],
  ["0x6352a56caadc4f1e25cd6c75970fa768a3304e64", "OpenOcean Exchange", ALL],
  ["0x1231deb6f5749ef6ce6943a275a1d3e7486f4eae", "LI.FI Diamond", ALL],
  ["0x881d40237659c251811cec9c364ef91dc08d300c", "MetaMask Swap Router", [1]],
  // CoW Protocol (docs.cow.fi core contracts)
  ["0x9008d19f58aabd9ed0d60971565aa8510560ab41", "CoW Protocol Settlement", [1, 8453, 42161]],
  ["0xc92e8bdf79f0507f65a392b0ab4667716bfe0110", "CoW Protocol Vault Relayer", [1, 8453, 42161]],
  // DEXs native to one chain (each project's docs)
  ["0xd9e1ce17f2641f24ae83637ab66a2cca9c378b9f", "SushiSwap Router", [1]],
  ["0xcf77a3ba9a5ca399b7c97c74d54e5b1beb874e43", "Aerodrome Router", [8453]],
  ["0xa062ae8a9c5e11aaa026fc2670b0d65ccc8b2858", "Velodrome Router", [10]],
  ["0x10ed43c718714eb63d5aa57b78b54704e256024e", "PancakeSwap V2 Router", [56]],
  ["0x13f4ea83d0bd40e75c8222255bc855a974568dd4", "PancakeSwap Smart Router", [56, 1, 8453, 42161]],
  ["0x1a0a18ac4becddbd6389559687d1a73d8927e416", "PancakeSwap Universal Router", [56, 1, 8453, 42161]],
  ["0x31c2f6fcff4f8759b3bd5bf0e1084a055615c768", "PancakeSwap Permit2", [56, 1, 8453, 42161]],
  ["0x46a15b0b27311cedf172ab29e4f4766fbe7f4364", "PancakeSwap V3 Positions NFT", [56, 1, 8453, 42161]],
  ["0x556b9306565093c855aea9ae92a594704c2cd59e", "PancakeSwap MasterChef v3", [56, 1, 8453, 42161]],
  ["0xa5e0829caced8ffdd4de3c43696c57f7d7a678ff", "QuickSwap Router", [137]],
  ["0xc873fecbd354f5a56e00e710b90ef4201db2448d", "Camelot Router", [42161]],
  // Curve (docs.curve.fi deployed contracts)
  ["0x16c6521dff6bab339122a0fe25a9116693265353", "Curve Router NG", [1]],
  ["0xf0d4c12a5768d806021f80a262b4d39d26c58b8d", "Curve Router", [1]],
  // Marketplaces (Seaport README; Blur, LooksRare, X2Y2, Element docs)
  ["0x00000000006c3852cbef3e08e8df289169ede581", "Seaport 1.1", ALL],
  ["0x00000000000006c7676171937c444f6bde3d6282", "Seaport 1.2", ALL],
  ["0x0000000000000ad24e80fd803c6ac37206a45f15", "Seaport 1.3", ALL],
  ["0x00000000000001ad428e4906ae43d8f9852d0dd6", "Seaport 1.4", ALL],
  ["0x00000000000000adc04c56bf30ac9d3c0aaf14dc", "Seaport 1.5", ALL],
  ["0x0000000000000068f116a894984e2db1123eb395", "Seaport 1.6", ALL],
  ["0x1e0049783f008a0085193e00003d00cd54003c71", "OpenSea Conduit", ALL],
  ["0x0000a26b00c1f0df003000390027140000faa719", "OpenSea Fee Recipient", ALL],
  ["0x000000000000aaeb6d7670e522a718067333cd4e", "OpenSea Operator Filter Registry", ALL],
  ["0x000000000000ad05ccc4f10045630fb830b95127", "Blur Exchange", [1]],
  ["0xb2ecfe4e4d61f8790bbb9de2d1259b9e2410cea5", "Blur Exchange v2", [1]],
  ["0x00000000000111abe46ff893f3b2fdf1f759a8a8", "Blur Execution Delegate", [1]],
  ["0x0000000000a39bb272e79075ade125fd351887ac", "Blur Pool", [1]],
  ["0x29469395eaf6f95920e59f858042f0e28d98a20b", "Blur Blend", [1]],
  ["0x0000000000e655fae4d56241588680f86e3b2377", "LooksRare Exchange v2", [1]],
  ["0x000000000060c4ca14cfc4325359062ace33fe3d", "LooksRare Transfer Manager", [1]],
  ["0x59728544b08ab483533076417fbbb2fd0b17ce3a", "LooksRare Exchange v1", [1]],
  ["0x74312363e45dcaba76c59ec49a7aa8a65a67eed3", "X2Y2 Exchange", [1]],
  ["0xf849de01b080adc3a814fabe1e2087475cf2e354", "X2Y2 ERC-721 Delegate", [1]],
  ["0x20f780a973856b93f63670377900c1d2a50a77c4", "Element Exchange", [1, 56, 137, 42161, 8453]],
  // Safe (safe-deployments v1.3.0 / v1.4.1, canonical and eip155 variants)
  ["0xa238cbeb142c10ef7ad8442c6d1f9e89e07e7761", "Safe MultiSend 1.3.0", ALL],
  ["0x998739bfdaadde7c933b942a68053933098f9eda", "Safe MultiSend 1.3.0", ALL],
  ["0x40a2accbd92bca938b02010e17a5b8929b49130d", "Safe MultiSendCallOnly 1.3.0", ALL],
  ["0xa1dabef33b3b82c7814b6d82a79e50f4ac44102b", "Safe MultiSendCallOnly 1.3.0", ALL],
  ["0x38869bf66a61cf6bdb996a6ae40d5853fd43b526", "Safe MultiSend 1.4.1", ALL],
  ["0x9641d764fc13c8b624c04430c7356c1c7c8102e2", "Safe MultiSendCallOnly 1.4.1", ALL],
  ["0xf48f2b2d2a534e402487b3ee7c18c33aec0fe5e4", "Safe CompatibilityFallbackHandler 1.3.0", ALL],
  ["0x017062a1de2fe6b99be3d9d37841fed19f573804", "Safe CompatibilityFallbackHandler 1.3.0", ALL],
  ["0xfd0732dc9e303f09fcef3a7388ad10a83459ec99", "Safe CompatibilityFallbackHandler 1.4.1", ALL],
  ["0xa65387f16b013cf2af4605ad8aa5ec25a2cba3a2", "Safe SignMessageLib 1.3.0", ALL],
  ["0xd53cd0ab83d845ac265be939c57f53ad838012c9", "Safe SignMessageLib 1.4.1", ALL],
  ["0xca11bde05977b3631167028862be2a173976ca11", "Multicall3", ALL],
  // Lending (Aave address book, Compound and Morpho docs)
  ["0x87870bca3f3fd6335c3f4ce8392d69350b4fa4e2", "Aave V3 Pool", [1]],
  ["0x794a61358d6845594f94dc1db02a252b5b4814ad", "Aave V3 Pool", [10, 137, 42161]],
  ["0xa238dd80c259a72e81d7e4664a9801593f98d1c5", "Aave V3 Pool", [8453]],
  ["0x6807dc923806fe8fd134338eabca509979a7e0cb", "Aave V3 Pool", [56]],
  ["0x7d2768de32b0b80b7a3454c06bdac94a69ddc7a9", "Aave V2 Lending Pool", [1]],
  ["0xd322a49006fc828f9b5b37ab215f99b4e5cab19c", "Aave WETH Gateway", [1]],
  ["0xc3d688b66703497daa19211eedff47f25384cdc3", "Compound III USDC", [1]],
  ["0xa17581a9e3356d9a858b789d68b4d866e593ae94", "Compound III WETH", [1]],
  ["0xb125e6687d4313864e53df431d5425969c15eb2f", "Compound III USDC", [8453]],
  ["0x9c4ec768c28520b50860ea7a15bd7213a9ff58bf", "Compound III USDC", [42161]],
  ["0xbbbbbbbbbb9cc5e90e3b3af64bdaf62c37eeffcb", "Morpho", [1, 8453]],
  // Staking and restaking (Lido, EigenLayer docs)
  ["0xae7ab96520de3a18e5e111b5eaab095312d7fe84", "Lido stETH", [1]],
  ["0x7f39c581f595b53c5cb19bd0b3f8da6c935e2ca0", "Lido wstETH", [1]],
  ["0x889edc2edab5f40e902b864ad4d7ade8e412f9b1", "Lido Withdrawal Queue", [1]],
  ["0x858646372cc42e1a627fce94aa7a7033e7cf075a", "EigenLayer Strategy Manager", [1]],
  ["0x00000000219ab540356cbb839cbe05303d7705fa", "Ethereum Deposit Contract", [1]],
  // Yield (Pendle deployments: the router is a CREATE2 deployment)
  ["0x888888888889758f76e7103c6cbf23abbf58f946", "Pendle Router v4", ALL],
  // Bridges (Across, Optimism, Base, Arbitrum docs)
  ["0x5c7bcd6e7de5423a257d81b442095a1a6ced35c5", "Across SpokePool", [1]],
  ["0x09aea4b2242abc8bb4bb78d537a67a245a7bec64", "Across SpokePool", [8453]],
  ["0xe35e9842fceaca96570b734083f4a58e8f7c5f2a", "Across SpokePool", [42161]],
  ["0x6f26bf09b1c792e3228e5467807a900a503c0281", "Across SpokePool", [10]],
  ["0x9295ee1d8c5b022be115a2ad3c30c72e34e7f096", "Across SpokePool", [137]],
  ["0x4e8e101924ede233c13e2d8622dc8aed2872d505", "Across SpokePool", [56]],
  ["0x3154cf16ccdb4c6d922629664174b904d80f2c35", "Base Bridge", [1]],
  ["0x99c9fc46f92e8a1c0dec1b1747d010903e884be1", "Optimism Gateway", [1]],
  ["0x4dbd4fc535ac27206064b68ffcf827b0a60bab3f", "Arbitrum Delayed Inbox", [1]],
  ["0x72ce9c846789fdb6fc1f34ac4ad25dd9ef7031ef", "Arbitrum Gateway Router", [1]],
  ["0x4200000000000000000000000000000000000010", "OP Stack L2 Standard Bridge", [10, 8453]],
  // GMX v1 on Arbitrum (docs.gmx.io contracts page): the plugins its UI enables on the Router (listed below)
  ["0xb87a436b93ffe9d75c5cfa7bacfff96430b09868", "GMX PositionRouter", [42161]],
  ["0x09f77e8a13de9a35a7231028187e9fd5db8a2acb", "GMX OrderBook", [42161]],
  // ENS (docs.ens.domains deployments)
  ["0x253553366da8546fc250f225fe3d25d0c782303b", "ENS ETH Registrar Controller", [1]],
  ["0x59e16fccd424cc24e280be16e11bcd56fb0ce547", "ENS ETH Registrar Controller", [1]],
  ["0x57f1887a8bf19b14fc0df6fd9b2acc9af147ea85", "ENS Base Registrar", [1]],
  ["0xd4416b13d2b3a9abae7acd5d6c2bbdbe25686401", "ENS Name Wrapper", [1]],
  ["0x231b0ee14048e9dccd1d247744d114a4eb5e8e63", "ENS Public Resolver", [1]],
  // More everyday spenders (each project's docs / deployment pages: Balancer, Convex, Spark, Stargate,
  // Socket, Relay, Hyperliquid, Polygon PoS bridge, Wormhole, Circle CCTP, ether.fi, OpenSea SeaDrop, GMX)
  ["0xba12222222228d8ba445958a75a0704d566bf2c8", "Balancer V2 Vault", ALL],
  ["0xba1333333333a1ba1108e8412f11850a5c319ba9", "Balancer V3 Vault", [1, 8453, 42161]],
  ["0xbebc44782c7db0a1a60cb6fe97d0b483032ff1c7", "Curve 3pool", [1]],
  ["0xdc24316b9ae028f1497c275eb9192a3ea0f67022", "Curve stETH pool", [1]],
  ["0xf403c135812408bfbe8713b5a23a04b3d48aae31", "Convex Booster", [1]],
  ["0xc13e21b648a5ee794902342038ff3adab66be987", "Spark Pool", [1]],
  ["0x8731d54e9d02c286767d56ac03e8037c07e01e98", "Stargate Router", [1]],
  ["0x150f94b44927f078737562f0fcf3c95c01cc2376", "Stargate Router ETH", [1]],
  ["0xc026395860db2d07ee33e05fe50ed7bd583189c7", "Stargate v2 USDC Pool", [1]],
  ["0x3a23f943181408eac424116af7b7790c94cb97a5", "Socket Gateway", ALL],
  ["0xa5f565650890fba1824ee0f21ebbbf660a179934", "Relay Receiver", ALL],
  ["0x2df1c51e09aecf9cacb7bc98cb1742757f163df7", "Hyperliquid Bridge", [42161]],
  ["0xa0c68c638235ee32657e8f720a23cec1bfc77c77", "Polygon PoS Bridge", [1]],
  ["0x40ec5b33f54e0e8a33a975908c5ba1c14e5bbbdf", "Polygon ERC-20 Predicate", [1]],
  ["0x3ee18b2214aff97000d974cf647e7c347e8fa585", "Wormhole Token Bridge", [1]],
  ["0xbd3fa81b58ba92a82136038b25adec7066af3155", "Circle CCTP Token Messenger", [1]],
  ["0x28b5a0e9c621a5badaa536219b3a228c8168cf5d", "Circle CCTP Token Messenger v2", ALL],
  ["0x308861a430be4cce5502d0a12724771fc6daf216", "ether.fi Liquidity Pool", [1]],
  ["0x39053d51b77dc0d36036fc1fcc8cb819df8ef37a", "EigenLayer Delegation Manager", [1]],
  ["0x00005ea00ac477b1030ce78506496e8c2de24bf5", "OpenSea SeaDrop", ALL],
  ["0xabbc5f99639c9b6bcb58544ddf04efa6802f4064", "GMX Router", [42161]],
  // Smart-account plumbing and more bridges (eth-infinitism/account-abstraction releases, Maker DSS
  // changelog, Hop, OP/Base, Arbitrum, Linea, zkSync Era and Scroll docs)
  ["0x5ff137d4b0fdcd49dca30c7cf57e578a026d2789", "ERC-4337 EntryPoint v0.6", ALL],
  ["0x0000000071727de22e5e9d8baf0edac6f37da032", "ERC-4337 EntryPoint v0.7", ALL],
  ["0x82ecd135dce65fbc6dbdd0e4237e0af93ffd5038", "Maker DssProxyActions", [1]],
  ["0xb8901acb165ed027e32754e0ffe830802919727f", "Hop ETH Bridge", [1]],
  ["0xbeb5fc579115071764c7423a4f12edde41f106ed", "Optimism Portal", [1]],
  ["0x49048044d57e1c92a77f79988d21fa8faf74e97e", "Base Portal", [1]],
  ["0xa3a7b6f88361f48403514059f1f16c8e78d60eec", "Arbitrum ERC-20 Gateway", [1]],
  ["0xd19d4b5d358258f05d7b411e21a1460d11b0876f", "Linea Message Service", [1]],
  ["0x32400084c286cf3e17e7b677ea9583e60a000324", "zkSync Era Diamond Proxy", [1]],
  ["0xf8b1378579659d8f7ee5f3c929c2f3e332e41fd6", "Scroll Gateway Router", [1]],
  ["0xa6b71e26c5e0845f74c812102ca7114b6a896ab2", "Safe Proxy Factory 1.3.0", ALL],
  ["0x4e1dcf7ad4e460cfd30791ccc4f9c8a4f820ec67", "Safe Proxy Factory 1.4.1", ALL]
]

/** Chain id → address → name. Devnets and Sepolia reuse Ethereum's entries (forks of mainnet). */
const BY_CHAIN: ReadonlyMap<Chain, ReadonlyMap<string, string>> = (() => {
  const m = new Map<Chain, Map<string, string>>()
  for (const [address, name, chains] of ENTRIES) {
    for (const c of chains) {
      if (!m.has(c)) m.set(c, new Map())
      m.get(c)!.set(address, name)
    }
  }
  for (const alias of [31337, 11155111]) m.set(alias, m.get(1)!)
  return m
})()

/** The protocol contract's name on `chainId` (Ethereum when the chain is not given), or undefined. */
export function protocolContractName(chainId: number | undefined, address: string | undefined): string | undefined {
  if (!address) return undefined
  return BY_CHAIN.get(chainId ?? 1)?.get(address)
}

/**
 * Contracts that make any call anyone asks for (Multicall3, Safe's MultiSend libraries): well known, but an
 * allowance to one is an allowance to everyone.
 */
export function isOpenExecutor(address: string | undefined): boolean {
  const name = protocolContractName(1, address)
  return name === "Multicall3" || !!name?.startsWith("Safe MultiSend")
}

/** True when `address` is a Safe MultiSend / MultiSendCallOnly library (delegatecalled by design). */
export function isSafeMultiSend(address: string | undefined): boolean {
  return !!address && !!protocolContractName(1, address)?.startsWith("Safe MultiSend")
}

/** Safe libraries a Safe may delegatecall or install by design. */
export function isSafeLibrary(address: string | undefined): boolean {
  return !!address && !!protocolContractName(1, address)?.startsWith("Safe ")
}
