/** The wallet methods the Shield stops for review. Everything else passes straight through. */
export const SIGNING_METHODS: ReadonlySet<string> = new Set([
  "eth_sendTransaction",
  "eth_signTransaction",
  "eth_sign",
  "personal_sign",
  "eth_signTypedData",
  "eth_signTypedData_v1",
  "eth_signTypedData_v3",
  "eth_signTypedData_v4",
  "wallet_sendCalls"
])

export function isSigningMethod(method: unknown): method is string {
  return typeof method === "string" && SIGNING_METHODS.has(method)
}
