import { getAddress, isAddress, isHex, numberToHex, type Address, type Hex } from "viem"

import { invalidParams, unsupported } from "./rpcErrors"

/** A JSON-RPC call to the chain's node (injected: the service worker uses fetch, tests a fake). */
export type RpcCall = <T = unknown>(method: string, params: unknown[]) => Promise<T>

/**
 * A transaction ready to sign, as JSON (hex quantities): exactly what the review window shows and what is
 * signed after the click. EIP-1559 (`type: "0x2"`) unless the chain has no base fee (then legacy).
 */
export type FilledTransaction = {
  type: "0x2" | "0x0"
  chainId: Hex
  from: Address
  to?: Address
  value: Hex
  data: Hex
  nonce: Hex
  gas: Hex
  maxFeePerGas?: Hex
  maxPriorityFeePerGas?: Hex
  gasPrice?: Hex
}

/** The fee tip used when the node has no `eth_maxPriorityFeePerGas` (1 gwei). */
const FALLBACK_TIP = 1_000_000_000n
/** Gas estimates get a 20 % margin: state can change between the estimate and inclusion. */
const GAS_MARGIN_PERCENT = 120n

const quantity = (v: unknown, name: string): bigint | undefined => {
  if (v === undefined || v === null) return undefined
  if (typeof v === "string" && isHex(v) && v.length > 2 && v.length <= 66) return BigInt(v)
  if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0) return BigInt(v)
  throw invalidParams(`The transaction's ${name} is not a hex quantity.`)
}

/**
 * Fills what a dapp left out of an `eth_sendTransaction` (nonce, gas, EIP-1559 fees) from the chain's node,
 * and checks what it gave. The account is the one the dapp may use (`from` must match when given).
 * @throws WalletRpcError -32602 for malformed fields, 4200 for EIP-7702 authorisation lists.
 */
export async function fillTransaction(input: unknown, ctx: { from: Address; chainId: number; rpc: RpcCall }): Promise<FilledTransaction> {
  if (!input || typeof input !== "object" || Array.isArray(input)) throw invalidParams("eth_sendTransaction needs one transaction object.")
  const tx = input as Record<string, unknown>
  if (tx.authorizationList !== undefined) throw unsupported("Mamori does not sign EIP-7702 authorisations a page asks for.")
  if (tx.from !== undefined && (typeof tx.from !== "string" || !isAddress(tx.from) || getAddress(tx.from) !== ctx.from))
    throw invalidParams("The transaction's from is not the connected Mamori account.")
  if (tx.chainId !== undefined && quantity(tx.chainId, "chainId") !== BigInt(ctx.chainId))
    throw invalidParams(`The transaction is for chain ${String(tx.chainId)}, but Mamori is on chain ${ctx.chainId}.`)
  if (tx.to !== undefined && tx.to !== null && (typeof tx.to !== "string" || !isAddress(tx.to))) throw invalidParams("The transaction's to is not an address.")
  const data = tx.data ?? tx.input ?? "0x"
  if (typeof data !== "string" || !isHex(data) || data.length % 2 !== 0) throw invalidParams("The transaction's data is not hex bytes.")
  const to = typeof tx.to === "string" ? getAddress(tx.to) : undefined
  const value = quantity(tx.value, "value") ?? 0n
  const base = { from: ctx.from, ...(to ? { to } : {}), value: numberToHex(value), data: data.toLowerCase() as Hex }

  const nonce = quantity(tx.nonce, "nonce") ?? BigInt(await ctx.rpc<Hex>("eth_getTransactionCount", [ctx.from, "pending"]))
  const givenGas = quantity(tx.gas ?? tx.gasLimit, "gas")
  const gas = givenGas ?? (BigInt(await ctx.rpc<Hex>("eth_estimateGas", [base])) * GAS_MARGIN_PERCENT) / 100n
  const common = { ...base, chainId: numberToHex(ctx.chainId), nonce: numberToHex(nonce), gas: numberToHex(gas) }

  const block = await ctx.rpc<{ baseFeePerGas?: Hex } | null>("eth_getBlockByNumber", ["latest", false])
  const givenPrice = quantity(tx.gasPrice, "gasPrice")
  if (!block?.baseFeePerGas || (tx.type === "0x0" && givenPrice !== undefined)) {
    const gasPrice = givenPrice ?? BigInt(await ctx.rpc<Hex>("eth_gasPrice", []))
    return { type: "0x0", ...common, gasPrice: numberToHex(gasPrice) }
  }
  const tip = quantity(tx.maxPriorityFeePerGas, "maxPriorityFeePerGas") ?? (await ctx.rpc<Hex>("eth_maxPriorityFeePerGas", []).then(BigInt, () => FALLBACK_TIP))
  // Twice the current base fee plus the tip covers six full blocks of base-fee growth.
  const maxFee = quantity(tx.maxFeePerGas, "maxFeePerGas") ?? givenPrice ?? BigInt(block.baseFeePerGas) * 2n + tip
  if (tip > maxFee) throw invalidParams("maxPriorityFeePerGas is higher than maxFeePerGas.")
  return { type: "0x2", ...common, maxFeePerGas: numberToHex(maxFee), maxPriorityFeePerGas: numberToHex(tip) }
}

/** The filled transaction in viem's shape, for `account.signTransaction`. */
export function toSignable(tx: FilledTransaction) {
  const common = { chainId: Number(BigInt(tx.chainId)), to: tx.to, value: BigInt(tx.value), data: tx.data, nonce: Number(BigInt(tx.nonce)), gas: BigInt(tx.gas) }
  if (tx.type === "0x0") return { ...common, type: "legacy" as const, gasPrice: BigInt(tx.gasPrice ?? "0x0") }
  return { ...common, type: "eip1559" as const, maxFeePerGas: BigInt(tx.maxFeePerGas ?? "0x0"), maxPriorityFeePerGas: BigInt(tx.maxPriorityFeePerGas ?? "0x0") }
}
