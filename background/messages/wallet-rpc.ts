import { errorMessage, MamoriError } from "~src/errors/base"
import { toProviderError } from "~src/wallet/rpcErrors"
import { WalletError } from "~src/wallet/errors"
import { RPC_CODES } from "~src/wallet/rpcErrors"

import { handle } from "../handle"
import { walletRpc } from "../wallet/walletRpc"

/** Larger requests are refused before any work. */
const MAX_REQUEST_CHARS = 1_000_000

/**
 * A page's request to Mamori's wallet, carried by the wallet relay (a content script). The origin is the one
 * Chromium reports for the sending frame; nothing in the body names it. The answer is the JSON-RPC result or
 * an EIP-1193 error, both as values.
 */
export default handle("wallet-rpc", async (body, caller) => {
  if (caller.kind !== "content-script") throw new MamoriError("Only a page's wallet relay sends wallet requests.", { code: "messaging/forbidden" })
  const method = body?.method
  if (typeof method !== "string" || !method || method.length > 100) return { error: { code: -32600, message: "Invalid request: no method." } }
  let size = 0
  try {
    size = JSON.stringify(body?.params ?? null).length
  } catch {
    size = Number.POSITIVE_INFINITY
  }
  if (size > MAX_REQUEST_CHARS) return { error: { code: -32600, message: "Invalid request: too large." } }
  try {
    return { result: (await walletRpc(method, body?.params, { origin: caller.origin, tabId: caller.tabId, documentId: caller.documentId })) ?? null }
  } catch (error) {
    // A locked wallet found at signing time is 4100, as for any other unauthorised request.
    if (error instanceof WalletError && error.code === "wallet/locked") return { error: { code: RPC_CODES.unauthorized, message: errorMessage(error) } }
    return { error: toProviderError(error) }
  }
})
