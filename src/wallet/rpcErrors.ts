import { MamoriError } from "../errors/base"

/** An error a dapp receives from Mamori's provider: an EIP-1193 / EIP-1474 code and one sentence. */
export type ProviderError = { code: number; message: string; data?: unknown }

/** EIP-1193 and EIP-1474 codes Mamori answers with. */
export const RPC_CODES = {
  userRejected: 4001,
  unauthorized: 4100,
  unsupportedMethod: 4200,
  disconnected: 4900,
  chainDisconnected: 4901,
  unrecognizedChain: 4902,
  invalidInput: -32000,
  methodNotFound: -32601,
  invalidParams: -32602,
  internal: -32603
} as const

/** A failure to return to the dapp with its EIP-1193 code (thrown inside the service worker). */
export class WalletRpcError extends MamoriError {
  override name = "WalletRpcError"
  readonly rpcCode: number
  constructor(rpcCode: number, message: string) {
    super(message, { code: `wallet-rpc/${rpcCode}` })
    this.rpcCode = rpcCode
  }
}

/**
 * A rejection by the user. The message starts "User denied" because libraries read it: ethers v5 treats
 * /user denied/i as a user rejection (its ACTION_REJECTED), viem and wagmi read the code 4001.
 */
export function userDenied(what: string, reason?: string): WalletRpcError {
  return new WalletRpcError(RPC_CODES.userRejected, `User denied ${what}${reason ? ` (${reason})` : ""}.`)
}

export const invalidParams = (message: string) => new WalletRpcError(RPC_CODES.invalidParams, message)
export const unauthorized = (message: string) => new WalletRpcError(RPC_CODES.unauthorized, message)
export const unsupported = (message: string) => new WalletRpcError(RPC_CODES.unsupportedMethod, message)

/** Anything thrown, as the plain error object the page receives (unknown failures are -32603). */
export function toProviderError(error: unknown): ProviderError {
  if (error instanceof WalletRpcError) return { code: error.rpcCode, message: error.shortMessage }
  const e = error as { code?: unknown; rpcCode?: unknown; message?: unknown; shortMessage?: unknown }
  if (e && typeof e.rpcCode === "number" && Number.isInteger(e.rpcCode)) return { code: e.rpcCode, message: String(e.shortMessage ?? e.message).slice(0, 500) }
  // An error answer from the chain's node keeps its JSON-RPC code (e.g. -32000 "nonce too low").
  if (e && typeof e.code === "number" && Number.isInteger(e.code)) return { code: e.code, message: String(e.shortMessage ?? e.message ?? "RPC error").slice(0, 500) }
  return { code: RPC_CODES.internal, message: `Mamori failed: ${String(e?.shortMessage ?? e?.message ?? error).slice(0, 300)}` }
}
