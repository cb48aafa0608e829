/** The wallet methods the Shield stops for review. Everything else passes straight through. */
export const SIGNING_METHOD_LIST = [
  "eth_sendTransaction",
  "eth_signTransaction",
  "eth_sign",
  "personal_sign",
  "eth_signTypedData",
  "eth_signTypedData_v1",
  "eth_signTypedData_v3",
  "eth_signTypedData_v4",
  "wallet_sendCalls"
] as const

export const SIGNING_METHODS: ReadonlySet<string> = new Set(SIGNING_METHOD_LIST)

// A null-prototype lookup table built at start-up: a page that patches Set.prototype.has (or adds inherited
// keys to Object.prototype) cannot make a signing method look like a pass-through one.
const TABLE: Record<string, true> = Object.create(null)
for (let i = 0; i < SIGNING_METHOD_LIST.length; i++) TABLE[SIGNING_METHOD_LIST[i]] = true

export function isSigningMethod(method: unknown): method is string {
  return typeof method === "string" && TABLE[method] === true
}
