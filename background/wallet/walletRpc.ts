import { READ_METHODS, REFUSED_METHODS } from "~src/wallet/readMethods"
import { RPC_CODES, unsupported, WalletRpcError } from "~src/wallet/rpcErrors"

import { rpcFor } from "./chainState"
import { getPermissions, requestAccounts, requestPermissions, revokePermissions } from "./methods/accounts"
import { addChain, chainIdHex, requireChain, switchChain } from "./methods/chains"
import { type RpcContext, visibleAccounts } from "./methods/context"
import { getCallsStatus, sendCalls } from "./methods/sendCalls"
import { sendTransaction } from "./methods/sendTransaction"
import { personalSign, signTypedData } from "./methods/signMessage"

/**
 * One request from a page to Mamori's wallet, in the service worker. The pipeline: refused methods → the
 * wallet's own methods (accounts, chains, signing; every signature waits for a click in Mamori's review
 * window) → read-only methods proxied to the chain's RPC node → everything else 4200.
 */
export async function walletRpc(method: string, params: unknown, ctx: RpcContext): Promise<unknown> {
  if (REFUSED_METHODS.has(method))
    throw unsupported(`Mamori does not offer ${method}: it can sign something other than what a person can read. Use personal_sign or eth_signTypedData_v4.`)
  switch (method) {
    case "eth_chainId":
      return chainIdHex()
    case "net_version":
      return String(await requireChain())
    case "eth_accounts":
      return (await visibleAccounts(ctx.origin)).map((a) => a.toLowerCase())
    case "eth_coinbase":
      return (await visibleAccounts(ctx.origin))[0]?.toLowerCase() ?? null
    case "eth_requestAccounts":
      return requestAccounts(ctx)
    case "wallet_requestPermissions":
      return requestPermissions(ctx, params)
    case "wallet_getPermissions":
      return getPermissions(ctx)
    case "wallet_revokePermissions":
      return revokePermissions(ctx)
    case "wallet_switchEthereumChain":
      return switchChain(params)
    case "wallet_addEthereumChain":
      return addChain(ctx, params)
    case "wallet_getCapabilities": {
      const chain = await requireChain()
      return { [`0x${chain.toString(16)}`]: { atomic: { status: "unsupported" } } }
    }
    case "personal_sign":
      return personalSign(ctx, params)
    case "eth_signTypedData_v4":
    case "eth_signTypedData_v3":
      return signTypedData(ctx, method, params)
    case "eth_sendTransaction":
      return sendTransaction(ctx, params)
    case "wallet_sendCalls":
      return sendCalls(ctx, params)
    case "wallet_getCallsStatus":
      return getCallsStatus(ctx, params)
  }
  if (READ_METHODS.has(method)) {
    const rpc = await rpcFor(await requireChain())
    return rpc(method, Array.isArray(params) ? params : params === undefined ? [] : [params])
  }
  throw new WalletRpcError(RPC_CODES.unsupportedMethod, `Mamori does not support ${method.slice(0, 60)}.`)
}
