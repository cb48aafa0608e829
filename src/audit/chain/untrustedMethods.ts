/**
 * The read-only methods the Shield may ask a page's own wallet for facts (never one that signs, sends or
 * changes state). Its own file so the guard can import it without pulling the audit core into the page.
 */
export const UNTRUSTED_FACT_METHODS: readonly string[] = ["eth_getCode", "eth_call", "eth_getTransactionCount", "eth_getStorageAt", "eth_simulateV1"]
