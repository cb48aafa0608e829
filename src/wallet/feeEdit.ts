/**
 * The fees of a transaction Mamori's wallet signs, as the review window shows them and the user may change
 * them. The window and the service worker use these same functions: the request the window shows after an
 * edit (`withFees`) is the object that is signed (`applyFeeEdit` on the reviewed transaction), and an edit is
 * checked on both sides (`feeProblem`), so a value the window would not accept is never signed either.
 */
import { isHex, numberToHex, type Hex } from "viem"

import type { FilledTransaction } from "./fillTransaction"
import { invalidParams } from "./rpcErrors"

/** What the window shows and lets the user edit: hex wei per gas, plus the gas limit for the total. */
export type FeeFields = { type: "0x2"; gas: Hex; maxFeePerGas: Hex; maxPriorityFeePerGas: Hex } | { type: "0x0"; gas: Hex; gasPrice: Hex }
/** What the review window is given: the fields, and the chain's coin for the total. */
export type FeeView = FeeFields & { symbol?: string }
/** The user's edit, as the window sends it with Continue. */
export type FeeEdit = { maxFeePerGas: Hex; maxPriorityFeePerGas: Hex } | { gasPrice: Hex }

/** 100,000 gwei per gas: far above any fee a real chain asks, low enough to catch a typo (an extra few zeros). */
export const MAX_FEE_PER_GAS = 100_000n * 10n ** 9n

export function feeFieldsOf(tx: FilledTransaction): FeeFields {
  return tx.type === "0x0"
    ? { type: "0x0", gas: tx.gas, gasPrice: tx.gasPrice ?? "0x0" }
    : { type: "0x2", gas: tx.gas, maxFeePerGas: tx.maxFeePerGas ?? "0x0", maxPriorityFeePerGas: tx.maxPriorityFeePerGas ?? "0x0" }
}

const wei = (v: unknown): bigint | undefined => (typeof v === "string" && isHex(v) && v.length > 2 && v.length <= 66 ? BigInt(v) : undefined)

/** Why an edit cannot be signed (a sentence for the window), or undefined when it can. */
export function feeProblem(fields: FeeFields, edit: unknown): string | undefined {
  if (!edit || typeof edit !== "object") return "No fees."
  const e = edit as Record<string, unknown>
  if (fields.type === "0x0") {
    const price = wei(e.gasPrice)
    if (price === undefined || price === 0n) return "The gas price must be a positive amount."
    if (price > MAX_FEE_PER_GAS) return "The gas price is above 100,000 gwei: check for a typo."
    return undefined
  }
  const max = wei(e.maxFeePerGas)
  const tip = wei(e.maxPriorityFeePerGas)
  if (max === undefined || max === 0n) return "The max fee must be a positive amount."
  if (tip === undefined) return "The priority fee must be an amount (0 or more)."
  if (max > MAX_FEE_PER_GAS) return "The max fee is above 100,000 gwei: check for a typo."
  if (tip > max) return "The priority fee cannot be higher than the max fee."
  return undefined
}

/** The transaction with the user's fees, checked; only the fee fields change. @throws WalletRpcError -32602 */
export function applyFeeEdit(tx: FilledTransaction, edit: unknown): FilledTransaction {
  const problem = feeProblem(feeFieldsOf(tx), edit)
  if (problem) throw invalidParams(`The edited fees cannot be used: ${problem}`)
  const e = edit as Record<string, Hex>
  return tx.type === "0x0"
    ? { ...tx, gasPrice: numberToHex(BigInt(e.gasPrice!)) }
    : { ...tx, maxFeePerGas: numberToHex(BigInt(e.maxFeePerGas!)), maxPriorityFeePerGas: numberToHex(BigInt(e.maxPriorityFeePerGas!)) }
}

/**
 * An `eth_sendTransaction` request (`{ method, params: [tx] }`) with the user's fees: what the window shows as
 * the raw request once fees are edited. Anything else is returned as it is.
 */
export function withFees(request: unknown, edit: FeeEdit): unknown {
  const r = request as { method?: unknown; params?: unknown }
  if (r?.method !== "eth_sendTransaction" || !Array.isArray(r.params) || !r.params[0] || typeof r.params[0] !== "object") return request
  return { ...r, params: [applyFeeEdit(r.params[0] as FilledTransaction, edit), ...r.params.slice(1)] }
}
