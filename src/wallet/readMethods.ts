/**
 * Read-only JSON-RPC methods a page may send through Mamori's provider; they are proxied unchanged to the RPC
 * node configured for the wallet's chain. Anything not listed here and not handled by the wallet itself is
 * refused (4200): a node's admin, debug or account methods never become reachable from a page.
 */
export const READ_METHODS: ReadonlySet<string> = new Set([
  "eth_blockNumber",
  "eth_call",
  "eth_estimateGas",
  "eth_feeHistory",
  "eth_gasPrice",
  "eth_getBalance",
  "eth_getBlockByHash",
  "eth_getBlockByNumber",
  "eth_getBlockTransactionCountByHash",
  "eth_getBlockTransactionCountByNumber",
  "eth_getCode",
  "eth_getFilterChanges",
  "eth_getFilterLogs",
  "eth_getLogs",
  "eth_getProof",
  "eth_getStorageAt",
  "eth_getTransactionByBlockHashAndIndex",
  "eth_getTransactionByBlockNumberAndIndex",
  "eth_getTransactionByHash",
  "eth_getTransactionCount",
  "eth_getTransactionReceipt",
  "eth_getUncleCountByBlockHash",
  "eth_getUncleCountByBlockNumber",
  "eth_maxPriorityFeePerGas",
  "eth_newBlockFilter",
  "eth_newFilter",
  "eth_newPendingTransactionFilter",
  "eth_sendRawTransaction",
  "eth_syncing",
  "eth_uninstallFilter",
  "net_listening",
  "web3_clientVersion"
])

/** Signing methods Mamori refuses outright: `eth_sign` signs an arbitrary hash (a blank cheque). */
export const REFUSED_METHODS: ReadonlySet<string> = new Set(["eth_sign", "eth_signTransaction", "eth_signTypedData", "eth_signTypedData_v1"])
