/**
 * Uniswap Universal Router `execute(commands, inputs[, deadline])`: each command byte names an action and
 * each input is its ABI-encoded arguments. We decode the actions that move or grant assets, including the
 * payout steps inside a v4 swap (`TAKE`, `TAKE_PORTION`, `TAKE_PAIR`, `SWEEP`). Steps we cannot read are
 * reported as unknown, never dropped.
 */
import { decodeAbiParameters, parseAbiParameters, type AbiParameter } from "viem"
import type { DecodedCall } from "../types"

type Spec = { name: string; params?: readonly AbiParameter[]; recipientIndex?: number; tokenIndex?: number; bipsIndex?: number; harmless?: boolean }

const P = (s: string): readonly AbiParameter[] => parseAbiParameters(s) as readonly AbiParameter[]

/** Command byte (low 6 bits) → name and argument layout. Built once. */
const COMMANDS: Record<number, Spec> = {
  0x00: { name: "V3_SWAP_EXACT_IN", params: P("address recipient, uint256 amountIn, uint256 amountOutMin, bytes path, bool payerIsUser"), recipientIndex: 0 },
  0x01: { name: "V3_SWAP_EXACT_OUT", params: P("address recipient, uint256 amountOut, uint256 amountInMax, bytes path, bool payerIsUser"), recipientIndex: 0 },
  0x02: { name: "PERMIT2_TRANSFER_FROM", params: P("address token, address recipient, uint160 amount"), recipientIndex: 1, tokenIndex: 0 },
  0x03: { name: "PERMIT2_PERMIT_BATCH", harmless: true },
  0x04: { name: "SWEEP", params: P("address token, address recipient, uint256 amountMin"), recipientIndex: 1, tokenIndex: 0 },
  0x05: { name: "TRANSFER", params: P("address token, address recipient, uint256 value"), recipientIndex: 1, tokenIndex: 0 },
  0x06: { name: "PAY_PORTION", params: P("address token, address recipient, uint256 bips"), recipientIndex: 1, tokenIndex: 0, bipsIndex: 2 },
  0x08: { name: "V2_SWAP_EXACT_IN", params: P("address recipient, uint256 amountIn, uint256 amountOutMin, address[] path, bool payerIsUser"), recipientIndex: 0 },
  0x09: { name: "V2_SWAP_EXACT_OUT", params: P("address recipient, uint256 amountOut, uint256 amountInMax, address[] path, bool payerIsUser"), recipientIndex: 0 },
  0x0a: {
    name: "PERMIT2_PERMIT",
    params: P("((address token, uint160 amount, uint48 expiration, uint48 nonce) details, address spender, uint256 sigDeadline) permitSingle, bytes signature")
  },
  0x0b: { name: "WRAP_ETH", params: P("address recipient, uint256 amountMin"), recipientIndex: 0 },
  0x0c: { name: "UNWRAP_WETH", params: P("address recipient, uint256 amountMin"), recipientIndex: 0 },
  0x0d: { name: "PERMIT2_TRANSFER_FROM_BATCH" },
  0x0e: { name: "BALANCE_CHECK_ERC20", harmless: true },
  0x10: { name: "V4_SWAP", params: P("bytes actions, bytes[] params") },
  0x11: { name: "V3_POSITION_MANAGER_PERMIT" },
  0x12: { name: "V3_POSITION_MANAGER_CALL" },
  0x13: { name: "V4_INITIALIZE_POOL", harmless: true },
  0x14: { name: "V4_POSITION_MANAGER_CALL" },
  0x21: { name: "EXECUTE_SUB_PLAN" }
}

/** v4 router actions that pay out (v4-periphery Actions.sol numbering); the rest settle or swap. */
const V4_PAYOUTS: Record<number, Spec> = {
  0x0e: { name: "V4 TAKE", params: P("address currency, address recipient, uint256 amount"), recipientIndex: 1, tokenIndex: 0 },
  0x10: { name: "V4 TAKE_PORTION", params: P("address currency, address recipient, uint256 bips"), recipientIndex: 1, tokenIndex: 0, bipsIndex: 2 },
  0x11: { name: "V4 TAKE_PAIR", params: P("address currency0, address currency1, address recipient"), recipientIndex: 2, tokenIndex: 0 },
  0x14: { name: "V4 SWEEP", params: P("address currency, address to"), recipientIndex: 1, tokenIndex: 0 }
}
/** v4 PositionManager actions that pay out: a new position (an NFT holding the deposit) minted to `owner`. */
const POOL_KEY = "(address currency0, address currency1, uint24 fee, int24 tickSpacing, address hooks) poolKey"
const V4_POSITION_PAYOUTS: Record<number, Spec> = {
  0x02: {
    name: "V4 MINT_POSITION",
    params: P(`${POOL_KEY}, int24 tickLower, int24 tickUpper, uint256 liquidity, uint128 amount0Max, uint128 amount1Max, address owner, bytes hookData`),
    recipientIndex: 6
  },
  0x05: {
    name: "V4 MINT_POSITION_FROM_DELTAS",
    params: P(`${POOL_KEY}, int24 tickLower, int24 tickUpper, uint128 amount0Max, uint128 amount1Max, address owner, bytes hookData`),
    recipientIndex: 5
  }
}
/** v4 PositionManager actions on the caller's own positions (increase, decrease, burn). */
const V4_POSITION_INTERNAL = new Set([0x00, 0x01, 0x03, 0x04])
/** v4 actions that move nothing out of the router to a third party. */
const V4_INTERNAL = new Set([0x06, 0x07, 0x08, 0x09, 0x0b, 0x0c, 0x0d, 0x0f, 0x12, 0x13, 0x15, 0x16])

export type RouterStep = {
  call: DecodedCall
  /** Where this step sends its output, if it names a recipient. */
  recipient?: string
  /** The token it pays out, when named (zero address = native coin). */
  token?: string
  /** A Permit2 permit carried inside the plan. */
  permit?: { token: string; amount: bigint; expiration: number; spender: string; sigDeadline: bigint }
  /** True when the step could not be read. */
  unknown?: boolean
}

/** A fee-sized portion (≤ 1 %) paid to someone else is an interface fee, not a payout worth flagging. */
const FEE_BIPS = 100n

function readSpec(spec: Spec, input: unknown, call: DecodedCall, step: RouterStep): readonly unknown[] | undefined {
  if (!spec.params || typeof input !== "string") {
    if (!spec.harmless) step.unknown = true
    return undefined
  }
  try {
    const values = decodeAbiParameters(spec.params, input as `0x${string}`)
    call.args = {}
    spec.params.forEach((p, j) => {
      const v = values[j]
      if (p.name && (typeof v !== "object" || v === null)) call.args![p.name] = String(v).slice(0, 200)
    })
    const bips = spec.bipsIndex !== undefined ? (values[spec.bipsIndex] as bigint) : undefined
    if (spec.recipientIndex !== undefined && (bips === undefined || bips > FEE_BIPS)) step.recipient = String(values[spec.recipientIndex]).toLowerCase()
    if (spec.tokenIndex !== undefined) step.token = String(values[spec.tokenIndex]).toLowerCase()
    return values
  } catch {
    call.args = { error: "input could not be decoded" }
    step.unknown = true
    return undefined
  }
}

/** Decodes the plan; unknown commands are listed by number, never dropped. */
export function decodeRouterPlan(commands: string, inputs: readonly string[], to: string | undefined, asUser: boolean): RouterStep[] {
  const bytes = commands.startsWith("0x") ? commands.slice(2) : commands
  const steps: RouterStep[] = []
  const count = Math.min(bytes.length / 2, 64)
  for (let i = 0; i < count; i++) {
    const byte = parseInt(bytes.slice(i * 2, i * 2 + 2), 16)
    const command = byte & 0x3f
    const spec = COMMANDS[command]
    const call: DecodedCall = { to, functionName: spec?.name ?? `command 0x${command.toString(16).padStart(2, "0")}`, asUser }
    const step: RouterStep = { call }
    steps.push(step)
    if (!spec) {
      step.unknown = true
      continue
    }
    const values = readSpec(spec, inputs[i], call, step)
    if (!values) continue
    if (command === 0x0a) {
      const single = values[0] as { details: { token: string; amount: bigint; expiration: number }; spender: string; sigDeadline: bigint }
      step.permit = {
        token: single.details.token.toLowerCase(),
        amount: single.details.amount,
        expiration: Number(single.details.expiration),
        spender: single.spender.toLowerCase(),
        sigDeadline: single.sigDeadline
      }
      call.args = { token: step.permit.token, spender: step.permit.spender, amount: step.permit.amount.toString() }
    }
    if (command === 0x10) steps.push(...v4Actions(values[0] as string, values[1] as readonly string[], to, asUser))
  }
  return steps
}

/**
 * Uniswap v4 PositionManager `modifyLiquidities(unlockData, deadline)`: `unlockData` is
 * `abi.encode(bytes actions, bytes[] params)` with the same payout actions as the router's v4 swaps, plus
 * position actions (v4-periphery Actions.sol). Undecodable data is one unknown step.
 */
export function decodePositionPlan(unlockData: string, to: string | undefined, asUser: boolean): RouterStep[] {
  try {
    const [actions, params] = decodeAbiParameters(P("bytes actions, bytes[] params"), unlockData as `0x${string}`) as [string, readonly string[]]
    return v4Actions(actions, params, to, asUser, true)
  } catch {
    return [{ call: { to, functionName: "modifyLiquidities (unreadable plan)", asUser }, unknown: true }]
  }
}

function v4Actions(actions: string, params: readonly string[], to: string | undefined, asUser: boolean, positions = false): RouterStep[] {
  const bytes = actions.startsWith("0x") ? actions.slice(2) : actions
  const out: RouterStep[] = []
  for (let i = 0; i < Math.min(bytes.length / 2, 64); i++) {
    const action = parseInt(bytes.slice(i * 2, i * 2 + 2), 16)
    const spec = V4_PAYOUTS[action] ?? (positions ? V4_POSITION_PAYOUTS[action] : undefined)
    const call: DecodedCall = { to, functionName: spec?.name ?? `v4 action 0x${action.toString(16).padStart(2, "0")}`, asUser }
    const step: RouterStep = { call }
    if (spec) readSpec(spec, params[i], call, step)
    else if (!V4_INTERNAL.has(action) && !(positions && V4_POSITION_INTERNAL.has(action))) step.unknown = true
    out.push(step)
  }
  return out
}
