/**
 * The EIP-1193 error a page receives when the user (or Mamori on the user's behalf) rejects a request:
 * code 4001, as every wallet sends it, so dapps handle it as they already do.
 */
export type ProviderRejection = Error & { code: 4001 }

/**
 * Without a reason, the words EIP-1193 gives 4001 ("User rejected the request."), as a wallet says them: a page
 * probing with a malformed request learns nothing that names Mamori. A reason is given only after a review the
 * user saw (closed window, Reject, a chain that changed).
 */
export function userRejected(reason = "User rejected the request."): ProviderRejection {
  const error = new Error(reason) as ProviderRejection
  error.code = 4001
  return error
}

/** EIP-1193 4200 (unsupported method): a request whose method is not a plain string is refused, never guessed at. */
export type UnsupportedRequest = Error & { code: 4200 }

export function unsupportedRequest(reason = "The Provider does not support the requested method."): UnsupportedRequest {
  const error = new Error(reason) as UnsupportedRequest
  error.code = 4200
  return error
}
