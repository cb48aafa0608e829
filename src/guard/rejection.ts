/**
 * The EIP-1193 error a page receives when the user (or Mamori on the user's behalf) rejects a request:
 * code 4001, as every wallet sends it, so dapps handle it as they already do.
 */
export type ProviderRejection = Error & { code: 4001; data?: { reason: string; by: "mamori" } }

export function userRejected(reason = "User rejected the request."): ProviderRejection {
  const error = new Error(reason) as ProviderRejection
  error.code = 4001
  error.data = { reason, by: "mamori" }
  return error
}

/** EIP-1193 4200 (unsupported method): a request whose method is not a plain string is refused, never guessed at. */
export type UnsupportedRequest = Error & { code: 4200; data?: { reason: string; by: "mamori" } }

export function unsupportedRequest(reason: string): UnsupportedRequest {
  const error = new Error(reason) as UnsupportedRequest
  error.code = 4200
  error.data = { reason, by: "mamori" }
  return error
}
