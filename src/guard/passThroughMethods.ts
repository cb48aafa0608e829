import { create, isArray, ownKeys } from "./intrinsics"

/**
 * Default deny: the methods that reach the wallet without a review are the read-only ones listed here, spelled
 * exactly so. Everything else — signing methods, their variants in another case or with hidden characters,
 * methods that are new (ERC-7715 permissions, snaps, user operations) or that Mamori has never heard of — is
 * reviewed, and a method the Shield does not decode gets the `unknown` verdict, which needs the same explicit
 * confirmation as danger.
 *
 * Not listed, so reviewed, although they use no key: `eth_sendRawTransaction` (a transaction someone already
 * signed; the wallet only broadcasts it and shows no confirmation, so the review is decoded from the signed bytes),
 * `wallet_addEthereumChain` (the page picks the RPC node that would answer for a chain), `wallet_watchAsset` (a
 * token that imitates a well-known one) and `wallet_switchEthereumChain`. A switch moves no funds and most wallets
 * show it, so it needs no more than a one-click review; but it must not pass while another review is open (the
 * user would approve a request judged on one chain and the wallet would send it on another: red team N2). In the
 * queue it waits behind the open reviews and is visible; the guard also checks the wallet's chain again before it
 * forwards an approved request (wrapProvider.ts).
 *
 * `personal_ecRecover` stays: it only computes which address signed a message and signature the page already
 * holds (pure arithmetic, no key, no state change); wallets answer it without a prompt.
 */
const PASS_THROUGH_LIST = [
  "eth_accounts",
  "eth_requestAccounts",
  "eth_chainId",
  "net_version",
  "net_listening",
  "net_peerCount",
  "web3_clientVersion",
  "web3_sha3",
  "eth_blockNumber",
  "eth_call",
  "eth_estimateGas",
  "eth_createAccessList",
  "eth_gasPrice",
  "eth_maxPriorityFeePerGas",
  "eth_feeHistory",
  "eth_blobBaseFee",
  "eth_getBalance",
  "eth_getCode",
  "eth_getStorageAt",
  "eth_getProof",
  "eth_getTransactionCount",
  "eth_getTransactionByHash",
  "eth_getTransactionByBlockHashAndIndex",
  "eth_getTransactionByBlockNumberAndIndex",
  "eth_getTransactionReceipt",
  "eth_getBlockByHash",
  "eth_getBlockByNumber",
  "eth_getBlockReceipts",
  "eth_getBlockTransactionCountByHash",
  "eth_getBlockTransactionCountByNumber",
  "eth_getUncleCountByBlockHash",
  "eth_getUncleCountByBlockNumber",
  "eth_getLogs",
  "eth_newFilter",
  "eth_newBlockFilter",
  "eth_newPendingTransactionFilter",
  "eth_getFilterChanges",
  "eth_getFilterLogs",
  "eth_uninstallFilter",
  "eth_subscribe",
  "eth_unsubscribe",
  "eth_syncing",
  "eth_protocolVersion",
  "eth_coinbase",
  "personal_ecRecover",
  "wallet_getPermissions",
  "wallet_revokePermissions",
  "wallet_getCapabilities",
  "wallet_getCallsStatus",
  "wallet_showCallsStatus"
] as const

// A null-prototype table built at start-up: a page that patches Set.prototype.has, or adds inherited keys to
// Object.prototype, cannot make a method look read-only.
const TABLE: Record<string, true> = create(null)
for (let i = 0; i < PASS_THROUGH_LIST.length; i++) TABLE[PASS_THROUGH_LIST[i]] = true

/**
 * How the guard treats a method: `pass` goes straight to the wallet; `permissions` (wallet_requestPermissions)
 * passes only when it asks for nothing but the accounts (a dapp's "connect"), judged on the copy; `review` waits
 * for the user. Only a string reaches this; anything else is refused before.
 */
export function methodKind(method: string): "pass" | "permissions" | "review" {
  if (TABLE[method] === true) return "pass"
  return method === "wallet_requestPermissions" ? "permissions" : "review"
}

/** True when the (copied, plain-data) params of wallet_requestPermissions ask only for the accounts. */
export function asksOnlyForAccounts(params: unknown): boolean {
  // Captured built-ins: a page's patched Object.keys must not hide a snap permission.
  if (!isArray(params) || params.length !== 1) return false
  const wanted = params[0]
  if (!wanted || typeof wanted !== "object" || isArray(wanted)) return false
  const keys = ownKeys(wanted)
  return keys.length === 1 && keys[0] === "eth_accounts"
}
