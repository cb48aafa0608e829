/**
 * Uniswap Universal Router `execute(commands, inputs[, deadline])`: each command byte names an action and
 * each input is its ABI-encoded arguments. We decode the actions that move or grant assets.
 */
import { decodeAbiParameters, parseAbiParameters, type AbiParameter } from "viem"
import type { DecodedCall } from "../types"

type Spec = { name: string; params?: readonly AbiParameter[]; recipientIndex?: number }

const P = (s: string): readonly AbiParameter[] => parseAbiParameters(s) as readonly AbiParameter[]

/** Command byte (low 6 bits) → name and argument layout. Built once. */
const COMMANDS: Record<number, Spec> = {
  0x00: { name: "V3_SWAP_EXACT_IN", params: P("address recipient, uint256 amountIn, uint256 amountOutMin, bytes path, bool payerIsUser"), recipientIndex: 0 },
  0x01: { name: "V3_SWAP_EXACT_OUT", params: P("address recipient, uint256 amountOut, uint256 amountInMax, bytes path, bool payerIsUser"), recipientIndex: 0 },
  0x02: { name: "PERMIT2_TRANSFER_FROM", params: P("address token, address recipient, uint160 amount"), recipientIndex: 1 },
  0x03: { name: "PERMIT2_PERMIT_BATCH" },
  0x04: { name: "SWEEP", params: P("address token, address recipient, uint256 amountMin"), recipientIndex: 1 },
  0x05: { name: "TRANSFER", params: P("address token, address recipient, uint256 value"), recipientIndex: 1 },
  0x06: { name: "PAY_PORTION", params: P("address token, address recipient, uint256 bips") },
  0x08: { name: "V2_SWAP_EXACT_IN", params: P("address recipient, uint256 amountIn, uint256 amountOutMin, address[] path, bool payerIsUser"), recipientIndex: 0 },
  0x09: { name: "V2_SWAP_EXACT_OUT", params: P("address recipient, uint256 amountOut, uint256 amountInMax, address[] path, bool payerIsUser"), recipientIndex: 0 },
  0x0a: {
    name: "PERMIT2_PERMIT",
    params: P("((address token, uint160 amount, uint48 expiration, uint48 nonce) details, address spender, uint256 sigDeadline) permitSingle, bytes signature")
  },
  0x0b: { name: "WRAP_ETH", params: P("address recipient, uint256 amountMin"), recipientIndex: 0 },
  0x0c: { name: "UNWRAP_WETH", params: P("address recipient, uint256 amountMin"), recipientIndex: 0 },
  0x0d: { name: "PERMIT2_TRANSFER_FROM_BATCH" },
  0x0e: { name: "BALANCE_CHECK_ERC20" },
  0x10: { name: "V4_SWAP" },
  0x11: { name: "V3_POSITION_MANAGER_PERMIT" },
  0x12: { name: "V3_POSITION_MANAGER_CALL" },
  0x13: { name: "V4_INITIALIZE_POOL" },
  0x14: { name: "V4_POSITION_MANAGER_CALL" },
  0x21: { name: "EXECUTE_SUB_PLAN" }
}

export type RouterStep = {
  call: DecodedCall
  /** Where this step sends its output, if it names a recipient. */
  recipient?: string
  /** A Permit2 permit carried inside the plan. */
  permit?: { token: string; amount: bigint; expiration: number; spender: string; sigDeadline: bigint }
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
    const input = inputs[i]
    if (spec?.params && typeof input === "string") {
      try {
        const values = decodeAbiParameters(spec.params, input as `0x${string}`)
        call.args = {}
        spec.params.forEach((p, j) => {
          const v = values[j]
          if (p.name && (typeof v !== "object" || v === null)) call.args![p.name] = String(v).slice(0, 200)
        })
        if (spec.recipientIndex !== undefined) step.recipient = String(values[spec.recipientIndex]).toLowerCase()
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
      } catch {
        call.args = { error: "input could not be decoded" }
      }
    }
    steps.push(step)
  }
  return steps
}
