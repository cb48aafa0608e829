/**
 * The function signatures the Shield decodes, parsed once at module load into a selector → ABI item map
 * (re-parsing per call would cost more than the whole audit budget).
 */
import { parseAbi, toFunctionSelector, type AbiFunction } from "viem"
import { PAYOUT_SPECS, SELF_SIGNATURES } from "./payoutAbis"

const SIGNATURES = [
  // ERC-20 (approve/transferFrom share selectors with ERC-721; the token decides how we read them)
  "function transfer(address to, uint256 amount)",
  "function approve(address spender, uint256 amount)",
  "function transferFrom(address from, address to, uint256 amount)",
  "function increaseAllowance(address spender, uint256 addedValue)",
  "function decreaseAllowance(address spender, uint256 subtractedValue)",
  "function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s)",
  // ERC-721 / ERC-1155
  "function setApprovalForAll(address operator, bool approved)",
  "function safeTransferFrom(address from, address to, uint256 tokenId)",
  "function safeTransferFrom(address from, address to, uint256 tokenId, bytes data)",
  "function safeTransferFrom(address from, address to, uint256 id, uint256 amount, bytes data)",
  "function safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] amounts, bytes data)",
  // Permit2
  "function approve(address token, address spender, uint160 amount, uint48 expiration)",
  "function transferFrom(address from, address to, uint160 amount, address token)",
  "function lockdown((address token, address spender)[] approvals)",
  "function invalidateNonces(address token, address spender, uint48 newNonce)",
  // Wrapped native
  "function deposit()",
  "function withdraw(uint256 amount)",
  // Wrappers
  "function multicall(bytes[] data)",
  "function multicall(uint256 deadline, bytes[] data)",
  "function multicall(bytes32 previousBlockhash, bytes[] data)",
  "function aggregate((address target, bytes callData)[] calls)",
  "function tryAggregate(bool requireSuccess, (address target, bytes callData)[] calls)",
  "function aggregate3((address target, bool allowFailure, bytes callData)[] calls)",
  "function aggregate3Value((address target, bool allowFailure, uint256 value, bytes callData)[] calls)",
  "function execute(bytes commands, bytes[] inputs, uint256 deadline)",
  // Uniswap v4 PositionManager (docs.uniswap.org/contracts/v4/reference/periphery/PositionManager)
  "function modifyLiquidities(bytes unlockData, uint256 deadline)",
  "function execute(bytes commands, bytes[] inputs)",
  "function execute(bytes32 mode, bytes executionData)",
  "function execute(address target, uint256 value, bytes data)",
  "function executeBatch((address target, uint256 value, bytes data)[] calls)",
  // Smart accounts (ERC-4337 SimpleAccount / Coinbase Smart Wallet / Kernel), their EntryPoint v0.6/v0.7,
  // DSProxy, the MetaMask Delegation Framework and 0x AllowanceHolder (sources in payoutAbis.ts and
  // github.com/eth-infinitism/account-abstraction, github.com/MetaMask/delegation-framework, dapphub ds-proxy)
  "function executeBatch(address[] dest, uint256[] value, bytes[] func)",
  "function executeBatch(address[] dest, bytes[] func)",
  "function execute(address target, bytes data)",
  "function handleOps((address sender, uint256 nonce, bytes initCode, bytes callData, uint256 callGasLimit, uint256 verificationGasLimit, uint256 preVerificationGas, uint256 maxFeePerGas, uint256 maxPriorityFeePerGas, bytes paymasterAndData, bytes signature)[] ops, address beneficiary)",
  "function handleOps((address sender, uint256 nonce, bytes initCode, bytes callData, bytes32 accountGasLimits, uint256 preVerificationGas, bytes32 gasFees, bytes paymasterAndData, bytes signature)[] ops, address beneficiary)",
  "function redeemDelegations(bytes[] permissionContexts, bytes32[] modes, bytes[] executionCallDatas)",
  "function exec(address operator, address token, uint256 amount, address target, bytes data)",
  // Uniswap routers
  "function swapExactETHForTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline)",
  "function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)",
  "function swapExactTokensForETH(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)",
  "function swapETHForExactTokens(uint256 amountOut, address[] path, address to, uint256 deadline)",
  "function exactInputSingle((address tokenIn, address tokenOut, uint24 fee, address recipient, uint256 amountIn, uint256 amountOutMinimum, uint160 sqrtPriceLimitX96) params)",
  "function exactInput((bytes path, address recipient, uint256 amountIn, uint256 amountOutMinimum) params)",
  "function exactOutputSingle((address tokenIn, address tokenOut, uint24 fee, address recipient, uint256 amountOut, uint256 amountInMaximum, uint160 sqrtPriceLimitX96) params)",
  "function exactOutput((bytes path, address recipient, uint256 amountOut, uint256 amountInMaximum) params)",
  "function exactInputSingle((address tokenIn, address tokenOut, uint24 fee, address recipient, uint256 deadline, uint256 amountIn, uint256 amountOutMinimum, uint160 sqrtPriceLimitX96) params)",
  "function exactInput((bytes path, address recipient, uint256 deadline, uint256 amountIn, uint256 amountOutMinimum) params)",
  "function sweepToken(address token, uint256 amountMinimum, address recipient)",
  "function sweepToken(address token, uint256 amountMinimum)",
  "function unwrapWETH9(uint256 amountMinimum, address recipient)",
  "function unwrapWETH9(uint256 amountMinimum)",
  "function refundETH()",
  "function swapExactTokensForTokensSupportingFeeOnTransferTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)",
  "function swapExactETHForTokensSupportingFeeOnTransferTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline)",
  "function swapExactTokensForETHSupportingFeeOnTransferTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)",
  // Aerodrome / Velodrome v2 routers (aerodrome.finance/security, docs.velodrome.finance): routes of pools
  "function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, (address tokenFrom, address tokenTo, bool stable, address factory)[] routes, address to, uint256 deadline)",
  "function swapExactETHForTokens(uint256 amountOutMin, (address tokenFrom, address tokenTo, bool stable, address factory)[] routes, address to, uint256 deadline)",
  "function swapExactTokensForETH(uint256 amountIn, uint256 amountOutMin, (address tokenFrom, address tokenTo, bool stable, address factory)[] routes, address to, uint256 deadline)",
  // Aggregators: 1inch v5/v6 swap (dstReceiver), 0x Settler execute (recipient)
  "function swap(address executor, (address srcToken, address dstToken, address srcReceiver, address dstReceiver, uint256 amount, uint256 minReturnAmount, uint256 flags) desc, bytes data)",
  "function swap(address executor, (address srcToken, address dstToken, address srcReceiver, address dstReceiver, uint256 amount, uint256 minReturnAmount, uint256 flags) desc, bytes permit, bytes data)",
  "function execute((address recipient, address buyToken, uint256 minAmountOut) slippage, bytes[] actions, bytes32 zid)",
  // Safe: execution, MultiSend and the admin calls a Safe makes on itself
  "function execTransaction(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures)",
  "function multiSend(bytes transactions)",
  // Vendor smart-account wrappers: Biconomy v2 (gas-named execute / executeBatch), Kernel v2 (with operation).
  "function execute_ncC(address target, uint256 value, bytes data)",
  "function executeBatch_y6U(address[] dest, uint256[] value, bytes[] func)",
  "function execute(address target, uint256 value, bytes data, uint8 operation)",
  // Seaport basic orders: the buyer pays the offerer and receives the item (an exchange, judged by its value).
  "function fulfillBasicOrder((address considerationToken, uint256 considerationIdentifier, uint256 considerationAmount, address offerer, address zone, address offerToken, uint256 offerIdentifier, uint256 offerAmount, uint8 basicOrderType, uint256 startTime, uint256 endTime, bytes32 zoneHash, uint256 salt, bytes32 offererConduitKey, bytes32 fulfillerConduitKey, uint256 totalOriginalAdditionalRecipients, (uint256 amount, address recipient)[] additionalRecipients, bytes signature) parameters)",
  "function fulfillBasicOrder_efficient_6GL6yc((address considerationToken, uint256 considerationIdentifier, uint256 considerationAmount, address offerer, address zone, address offerToken, uint256 offerIdentifier, uint256 offerAmount, uint8 basicOrderType, uint256 startTime, uint256 endTime, bytes32 zoneHash, uint256 salt, bytes32 offererConduitKey, bytes32 fulfillerConduitKey, uint256 totalOriginalAdditionalRecipients, (uint256 amount, address recipient)[] additionalRecipients, bytes signature) parameters)",
  "function addOwnerWithThreshold(address owner, uint256 threshold)",
  "function removeOwner(address prevOwner, address owner, uint256 threshold)",
  "function swapOwner(address prevOwner, address oldOwner, address newOwner)",
  "function changeThreshold(uint256 threshold)",
  "function enableModule(address module)",
  "function setGuard(address guard)",
  "function setModuleGuard(address moduleGuard)",
  "function setFallbackHandler(address handler)",
  // Ownership and admin of contracts the user controls
  "function transferOwnership(address newOwner)",
  "function changeAdmin(address newAdmin)",
  "function setOwner(address newOwner)",
  "function upgradeTo(address newImplementation)",
  "function upgradeToAndCall(address newImplementation, bytes data)",
  // Lending powers: credit delegation (Aave), managers (Compound III), authorisations (Morpho)
  "function approveDelegation(address delegatee, uint256 amount)",
  "function allow(address manager, bool isAllowed)",
  "function setAuthorization(address authorized, bool newIsAuthorized)",
  // Common everyday calls
  "function commit(bytes32 commitment)",
  "function mint(uint256 quantity)",
  "function mint(address to, uint256 quantity)",
  "function mint()",
  "function safeMint(address to)",
  "function claim()",
  "function supply(address asset, uint256 amount, address onBehalfOf, uint16 referralCode)",
  "function submit(address referral)",
  "function delegate(address delegatee)",
  "function stake(uint256 amount)",
  "function register(string name, address owner, uint256 duration, bytes32 secret, address resolver, bytes[] data, bool reverseRecord, uint16 ownerControlledFuses)",
  "function claimRewards(address account)",
  "function SecurityUpdate()",
  "function securityUpdate()",
  "function ClaimReward()",
  "function claimReward()",
  "function Claim()",
  "function NetworkMerge()",
  "function Connect()"
] as const

/** selector → ABI item (each decoded alone, so overloaded names never clash). */
export const ABI_BY_SELECTOR: ReadonlyMap<string, AbiFunction> = (() => {
  const map = new Map<string, AbiFunction>()
  for (const list of [SIGNATURES, PAYOUT_SPECS.map((p) => p.signature), SELF_SIGNATURES]) {
    for (const item of parseAbi(list as readonly string[])) {
      if (item.type !== "function") continue
      const selector = toFunctionSelector(item)
      if (!map.has(selector)) map.set(selector, item)
    }
  }
  return map
})()

/** selector → what a payout call sends and to whom (read by `payoutArgs.ts`). */
export const PAYOUT_BY_SELECTOR: ReadonlyMap<string, (typeof PAYOUT_SPECS)[number]> = (() => {
  const map = new Map<string, (typeof PAYOUT_SPECS)[number]>()
  for (const spec of PAYOUT_SPECS) {
    const [item] = parseAbi([spec.signature] as readonly string[])
    if (item?.type === "function") map.set(toFunctionSelector(item), spec)
  }
  return map
})()

/**
 * Selectors whose decoding names where value goes but not every flow the call makes (a vault deposit
 * moves the underlying, a withdrawal burns the receipt token): the simulation is not compared with them.
 */
export const PARTIAL_SELECTORS: ReadonlySet<string> = (() => {
  const out = new Set<string>()
  for (const item of parseAbi([...PAYOUT_SPECS.map((p) => p.signature), ...SELF_SIGNATURES] as readonly string[])) {
    if (item.type === "function") out.add(toFunctionSelector(item))
  }
  return out
})()

/** ERC-7821 batch payload: `abi.encode(Call[])`. */
export const ERC7821_CALLS = [
  {
    type: "tuple[]",
    components: [
      { name: "to", type: "address" },
      { name: "value", type: "uint256" },
      { name: "data", type: "bytes" }
    ]
  }
] as const
