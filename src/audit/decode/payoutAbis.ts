/**
 * Protocol calls that send the user's value to a party named in the arguments: withdrawals, redemptions,
 * claims, deposits "on behalf of", and bridge transfers whose recipient lives on another chain. Each is
 * read by the generic pass in `payoutArgs.ts`: any argument named as a receiver that is not the user is
 * where the value goes. Parameter names are ours (they do not change the selector): the party that
 * *receives* is always called `receiver`, `to`, `recipient`, `onBehalfOf`, `withdrawer` or `owner`; a party
 * value is taken *from* is called `source` so it is never read as a receiver.
 *
 * Sources (interfaces read 2025–2026; selectors are computed from these signatures at load):
 *  - Aave v3 IPool / WrappedTokenGatewayV3, Aave v2 ILendingPool: github.com/aave/aave-v3-core, aave-v3-periphery
 *  - Compound III CometMainInterface: github.com/compound-finance/comet
 *  - Morpho Blue IMorpho: github.com/morpho-org/morpho-blue
 *  - ERC-4626 (sDAI, MetaMorpho, Yearn v3…): eips.ethereum.org/EIPS/eip-4626
 *  - Lido WithdrawalQueueERC721 and stETH: docs.lido.fi/contracts/withdrawal-queue-erc721, /lido
 *  - EigenLayer DelegationManager / StrategyManager: github.com/Layr-Labs/eigenlayer-contracts (M2 and slashing)
 *  - Across SpokePool: docs.across.to (depositV3, deposit); Hop L1_Bridge / L2_AmmWrapper: github.com/hop-protocol/contracts
 *  - OP Stack L1/L2 StandardBridge, OptimismPortal: github.com/ethereum-optimism/optimism (packages/contracts-bedrock)
 *  - Arbitrum L1GatewayRouter / L2GatewayRouter / Inbox / ArbSys: github.com/OffchainLabs/token-bridge-contracts, nitro-contracts
 *  - Polygon PoS RootChainManager: github.com/maticnetwork/pos-portal
 *  - Stargate v1 Router / RouterETH and v2 / LayerZero OFT `send`: stargateprotocol.gitbook.io, docs.layerzero.network
 *  - Circle CCTP TokenMessenger v1/v2: developers.circle.com/stablecoins/evm-smart-contracts
 *  - Wormhole Token Bridge: github.com/wormhole-foundation/wormhole (ethereum/contracts/bridge)
 *  - Uniswap v3 NonfungiblePositionManager: docs.uniswap.org/contracts/v3/reference/periphery
 *  - 1inch Aggregation Router v6 `unoswapTo` (Address = uint256): portal.1inch.dev
 *  - 0x AllowanceHolder `exec`: github.com/0xProject/0x-settler
 *  - zkSync Era Mailbox / Bridgehub, Linea L1 MessageService, Scroll L1 gateway and messenger: each rollup's docs
 *  - Yearn v2 vault API, Balancer V2 IVault, Curve stableswap-ng pools, Ethena StakedUSDeV2, Frax frxETHMinter
 */

/**
 * Where the value comes from when no token argument names it: `native` (the coin sent with the call, or
 * the chain's coin paid out by a claim), a fixed token address, or `contract` (the called contract's own
 * token: vault shares, Comet balances).
 */
export type PayoutAsset = "native" | "contract" | `0x${string}`

export type PayoutSpec = { signature: string; asset?: PayoutAsset; what: string }

const STETH = "0xae7ab96520de3a18e5e111b5eaab095312d7fe84"
const WSTETH = "0x7f39c581f595b53c5cb19bd0b3f8da6c935e2ca0"
const MARKET = "(address loanToken, address collateralToken, address oracle, address irm, uint256 lltv) marketParams"

export const PAYOUT_SPECS: readonly PayoutSpec[] = [
  // Aave v3 / v2 and the ETH gateway
  { signature: "function withdraw(address asset, uint256 amount, address to)", what: "Aave withdrawal" },
  { signature: "function supply(address asset, uint256 amount, address onBehalfOf, uint16 referralCode)", what: "Aave supply" },
  { signature: "function deposit(address asset, uint256 amount, address onBehalfOf, uint16 referralCode)", what: "Aave deposit" },
  { signature: "function repay(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf)", what: "Aave repayment" },
  { signature: "function withdrawETH(address pool, uint256 amount, address to)", asset: "native", what: "Aave ETH withdrawal" },
  { signature: "function depositETH(address pool, address onBehalfOf, uint16 referralCode)", asset: "native", what: "Aave ETH deposit" },
  { signature: "function repayETH(address pool, uint256 amount, address onBehalfOf)", asset: "native", what: "Aave ETH repayment" },
  // Compound III
  { signature: "function withdrawTo(address to, address asset, uint256 amount)", what: "Compound withdrawal" },
  { signature: "function withdrawFrom(address source, address to, address asset, uint256 amount)", what: "Compound withdrawal" },
  { signature: "function supplyTo(address to, address asset, uint256 amount)", what: "Compound supply" },
  { signature: "function transferAsset(address to, address asset, uint256 amount)", what: "Compound transfer" },
  // Morpho Blue
  { signature: `function withdraw(${MARKET}, uint256 assets, uint256 shares, address source, address receiver)`, what: "Morpho withdrawal" },
  { signature: `function withdrawCollateral(${MARKET}, uint256 assets, address source, address receiver)`, what: "Morpho collateral withdrawal" },
  { signature: `function borrow(${MARKET}, uint256 assets, uint256 shares, address source, address receiver)`, what: "Morpho borrow" },
  { signature: `function supply(${MARKET}, uint256 assets, uint256 shares, address onBehalfOf, bytes data)`, what: "Morpho supply" },
  { signature: `function supplyCollateral(${MARKET}, uint256 assets, address onBehalfOf, bytes data)`, what: "Morpho collateral supply" },
  // ERC-4626 vaults (the source of a redeem/withdraw is the shares' owner)
  { signature: "function deposit(uint256 assets, address receiver)", asset: "contract", what: "vault deposit" },
  { signature: "function mint(uint256 shares, address receiver)", asset: "contract", what: "vault deposit" },
  { signature: "function withdraw(uint256 assets, address receiver, address source)", asset: "contract", what: "vault withdrawal" },
  { signature: "function redeem(uint256 shares, address receiver, address source)", asset: "contract", what: "vault redemption" },
  // Lido
  { signature: "function requestWithdrawals(uint256[] amounts, address owner)", asset: STETH, what: "Lido withdrawal request" },
  { signature: "function requestWithdrawalsWstETH(uint256[] amounts, address owner)", asset: WSTETH, what: "Lido withdrawal request" },
  {
    signature: "function requestWithdrawalsWithPermit(uint256[] amounts, address owner, (uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) permit)",
    asset: STETH,
    what: "Lido withdrawal request"
  },
  { signature: "function claimWithdrawalsTo(uint256[] requestIds, uint256[] hints, address recipient)", asset: "native", what: "Lido withdrawal claim" },
  { signature: "function transferShares(address recipient, uint256 sharesAmount)", asset: STETH, what: "stETH share transfer" },
  // EigenLayer: queued withdrawals are paid to `withdrawer` (M2); the slashing release names it but requires the staker
  { signature: "function queueWithdrawals((address[] strategies, uint256[] shares, address withdrawer)[] params)", asset: "contract", what: "EigenLayer withdrawal" },
  { signature: "function depositIntoStrategy(address strategy, address token, uint256 amount)", what: "EigenLayer deposit" },
  // Bridges: the recipient receives on the other chain
  {
    signature:
      "function depositV3(address depositor, address recipient, address inputToken, address outputToken, uint256 inputAmount, uint256 outputAmount, uint256 destinationChainId, address exclusiveRelayer, uint32 quoteTimestamp, uint32 fillDeadline, uint32 exclusivityDeadline, bytes message)",
    what: "Across bridge deposit"
  },
  {
    signature:
      "function deposit(bytes32 depositor, bytes32 recipient, bytes32 inputToken, bytes32 outputToken, uint256 inputAmount, uint256 outputAmount, uint256 destinationChainId, bytes32 exclusiveRelayer, uint32 quoteTimestamp, uint32 fillDeadline, uint32 exclusivityParameter, bytes message)",
    what: "Across bridge deposit"
  },
  {
    signature:
      "function deposit(address recipient, address originToken, uint256 amount, uint256 destinationChainId, int64 relayerFeePct, uint32 quoteTimestamp, bytes message, uint256 maxCount)",
    what: "Across bridge deposit"
  },
  {
    signature: "function sendToL2(uint256 chainId, address recipient, uint256 amount, uint256 amountOutMin, uint256 deadline, address relayer, uint256 relayerFee)",
    what: "Hop bridge transfer"
  },
  {
    signature:
      "function swapAndSend(uint256 chainId, address recipient, uint256 amount, uint256 bonderFee, uint256 amountOutMin, uint256 deadline, uint256 destinationAmountOutMin, uint256 destinationDeadline)",
    what: "Hop bridge transfer"
  },
  { signature: "function depositETHTo(address to, uint32 minGasLimit, bytes extraData)", asset: "native", what: "bridge deposit" },
  { signature: "function bridgeETHTo(address to, uint32 minGasLimit, bytes extraData)", asset: "native", what: "bridge transfer" },
  { signature: "function depositERC20To(address asset, address remoteToken, address to, uint256 amount, uint32 minGasLimit, bytes extraData)", what: "bridge deposit" },
  { signature: "function bridgeERC20To(address asset, address remoteToken, address to, uint256 amount, uint32 minGasLimit, bytes extraData)", what: "bridge transfer" },
  { signature: "function withdrawTo(address asset, address to, uint256 amount, uint32 minGasLimit, bytes extraData)", what: "bridge withdrawal" },
  { signature: "function depositTransaction(address to, uint256 value, uint64 gasLimit, bool isCreation, bytes data)", asset: "native", what: "OP portal deposit" },
  { signature: "function outboundTransfer(address asset, address to, uint256 amount, uint256 maxGas, uint256 gasPriceBid, bytes data)", what: "Arbitrum bridge transfer" },
  {
    signature: "function outboundTransferCustomRefund(address asset, address refundTo, address to, uint256 amount, uint256 maxGas, uint256 gasPriceBid, bytes data)",
    what: "Arbitrum bridge transfer"
  },
  { signature: "function outboundTransfer(address asset, address to, uint256 amount, bytes data)", what: "Arbitrum bridge withdrawal" },
  {
    signature:
      "function createRetryableTicket(address to, uint256 l2CallValue, uint256 maxSubmissionCost, address excessFeeRefundAddress, address callValueRefundAddress, uint256 gasLimit, uint256 maxFeePerGas, bytes data)",
    asset: "native",
    what: "Arbitrum retryable ticket"
  },
  { signature: "function withdrawEth(address destination)", asset: "native", what: "Arbitrum withdrawal" },
  { signature: "function depositFor(address receiver, address asset, bytes depositData)", what: "Polygon bridge deposit" },
  { signature: "function depositEtherFor(address receiver)", asset: "native", what: "Polygon bridge deposit" },
  {
    signature:
      "function swap(uint16 dstChainId, uint256 srcPoolId, uint256 dstPoolId, address refundAddress, uint256 amountLD, uint256 minAmountLD, (uint256 dstGasForCall, uint256 dstNativeAmount, bytes dstNativeAddr) lzTxParams, bytes to, bytes payload)",
    what: "Stargate bridge swap"
  },
  { signature: "function swapETH(uint16 dstChainId, address refundAddress, bytes to, uint256 amountLD, uint256 minAmountLD)", asset: "native", what: "Stargate bridge swap" },
  {
    signature:
      "function send((uint32 dstEid, bytes32 to, uint256 amountLD, uint256 minAmountLD, bytes extraOptions, bytes composeMsg, bytes oftCmd) sendParam, (uint256 nativeFee, uint256 lzTokenFee) fee, address refundAddress)",
    asset: "contract",
    what: "LayerZero / Stargate bridge send"
  },
  {
    signature:
      "function sendToken((uint32 dstEid, bytes32 to, uint256 amountLD, uint256 minAmountLD, bytes extraOptions, bytes composeMsg, bytes oftCmd) sendParam, (uint256 nativeFee, uint256 lzTokenFee) fee, address refundAddress)",
    asset: "contract",
    what: "Stargate bridge send"
  },
  { signature: "function depositForBurn(uint256 amount, uint32 destinationDomain, bytes32 mintRecipient, address asset)", what: "CCTP bridge burn" },
  {
    signature:
      "function depositForBurn(uint256 amount, uint32 destinationDomain, bytes32 mintRecipient, address asset, bytes32 destinationCaller, uint256 maxFee, uint32 minFinalityThreshold)",
    what: "CCTP bridge burn"
  },
  {
    signature: "function transferTokens(address asset, uint256 amount, uint16 recipientChain, bytes32 recipient, uint256 arbiterFee, uint32 nonce)",
    what: "Wormhole bridge transfer"
  },
  { signature: "function wrapAndTransferETH(uint16 recipientChain, bytes32 recipient, uint256 arbiterFee, uint32 nonce)", asset: "native", what: "Wormhole bridge transfer" },
  {
    signature:
      "function requestL2Transaction(address to, uint256 l2Value, bytes l2Calldata, uint256 l2GasLimit, uint256 l2GasPerPubdataByteLimit, bytes[] factoryDeps, address refundRecipient)",
    asset: "native",
    what: "zkSync bridge deposit"
  },
  {
    signature:
      "function requestL2TransactionDirect((uint256 chainId, uint256 mintValue, address to, uint256 l2Value, bytes l2Calldata, uint256 l2GasLimit, uint256 l2GasPerPubdataByteLimit, bytes[] factoryDeps, address refundRecipient) request)",
    asset: "native",
    what: "zkSync bridge deposit"
  },
  { signature: "function sendMessage(address to, uint256 fee, bytes data)", asset: "native", what: "Linea bridge message" },
  { signature: "function depositETH(address to, uint256 amount, uint256 gasLimit)", asset: "native", what: "Scroll bridge deposit" },
  { signature: "function sendMessage(address to, uint256 value, bytes message, uint256 gasLimit)", asset: "native", what: "Scroll bridge message" },
  // Vaults and pools that pay a named recipient (Yearn v2 vaults, Balancer V2 Vault, Curve NG pools, Ethena sUSDe, Frax frxETH minter)
  { signature: "function withdraw(uint256 shares, address recipient)", asset: "contract", what: "vault withdrawal" },
  {
    signature:
      "function swap((bytes32 poolId, uint8 kind, address assetIn, address assetOut, uint256 amount, bytes userData) singleSwap, (address source, bool fromInternalBalance, address recipient, bool toInternalBalance) funds, uint256 limit, uint256 deadline)",
    what: "Balancer swap output"
  },
  {
    signature:
      "function batchSwap(uint8 kind, (bytes32 poolId, uint256 assetInIndex, uint256 assetOutIndex, uint256 amount, bytes userData)[] swaps, address[] assets, (address source, bool fromInternalBalance, address recipient, bool toInternalBalance) funds, int256[] limits, uint256 deadline)",
    what: "Balancer swap output"
  },
  {
    signature: "function exitPool(bytes32 poolId, address source, address recipient, (address[] assets, uint256[] minAmountsOut, bytes userData, bool toInternalBalance) request)",
    asset: "contract",
    what: "Balancer pool exit"
  },
  {
    signature: "function joinPool(bytes32 poolId, address source, address recipient, (address[] assets, uint256[] maxAmountsIn, bytes userData, bool fromInternalBalance) request)",
    asset: "contract",
    what: "Balancer pool deposit"
  },
  { signature: "function exchange(int128 i, int128 j, uint256 dx, uint256 minDy, address receiver)", asset: "contract", what: "Curve swap output" },
  { signature: "function remove_liquidity_one_coin(uint256 burnAmount, int128 i, uint256 minReceived, address receiver)", asset: "contract", what: "Curve withdrawal" },
  { signature: "function unstake(address receiver)", asset: "contract", what: "unstaked assets" },
  { signature: "function submitAndDeposit(address recipient)", asset: "native", what: "staked ETH" },
  // Positions and aggregators that pay out to a named recipient
  {
    signature:
      "function mint((address token0, address token1, uint24 fee, int24 tickLower, int24 tickUpper, uint256 amount0Desired, uint256 amount1Desired, uint256 amount0Min, uint256 amount1Min, address recipient, uint256 deadline) params)",
    asset: "contract",
    what: "liquidity position"
  },
  { signature: "function collect((uint256 tokenId, address recipient, uint128 amount0Max, uint128 amount1Max) params)", asset: "contract", what: "collected fees" },
  { signature: "function unoswapTo(uint256 to, uint256 asset, uint256 amount, uint256 minReturn, uint256 dex)", what: "1inch swap output" }
]

/**
 * Calls that move nothing to a third party (the caller is paid, or nothing leaves): decoded so that
 * everyday traffic is read rather than reported as "could not decode". Same sources as above, plus
 * ENS (docs.ens.domains), Curve pools (docs.curve.fi), Lido wstETH and 1inch v6.
 */
export const SELF_SIGNATURES: readonly string[] = [
  "function borrow(address asset, uint256 amount, uint256 interestRateMode, uint16 referralCode, address source)",
  "function setUserUseReserveAsCollateral(address asset, bool useAsCollateral)",
  "function supply(address asset, uint256 amount)",
  "function withdraw(address asset, uint256 amount)",
  "function claimWithdrawals(uint256[] requestIds, uint256[] hints)",
  "function claimWithdrawal(uint256 requestId)",
  "function wrap(uint256 amount)",
  "function unwrap(uint256 amount)",
  "function depositETH(uint32 minGasLimit, bytes extraData)",
  "function bridgeETH(uint32 minGasLimit, bytes extraData)",
  "function depositEth()",
  "function delegateTo(address operator, (bytes signature, uint256 expiry) approverSignatureAndExpiry, bytes32 approverSalt)",
  "function exchange(int128 i, int128 j, uint256 dx, uint256 minDy)",
  "function exchange(uint256 i, uint256 j, uint256 dx, uint256 minDy)",
  "function renew(string name, uint256 duration)",
  "function setName(string name)",
  "function setText(bytes32 node, string key, string value)",
  "function setAddr(bytes32 node, address a)",
  "function unoswap(uint256 token, uint256 amount, uint256 minReturn, uint256 dex)",
  "function unoswap2(uint256 token, uint256 amount, uint256 minReturn, uint256 dex, uint256 dex2)",
  "function ethUnoswap(uint256 minReturn, uint256 dex)",
  "function increaseLiquidity((uint256 tokenId, uint256 amount0Desired, uint256 amount1Desired, uint256 amount0Min, uint256 amount1Min, uint256 deadline) params)",
  "function decreaseLiquidity((uint256 tokenId, uint128 liquidity, uint256 amount0Min, uint256 amount1Min, uint256 deadline) params)"
]
