import { isAddress, isHex, type Hex } from "viem"

import { invalidParams, userDenied } from "~src/wallet/rpcErrors"

import { addActivity } from "../activity"
import { askInWindow } from "../askInWindow"
import { signerFor } from "../vaultStore"
import { requireChain } from "./chains"
import { type RpcContext, signingAccount } from "./context"

/**
 * `personal_sign` ([message, address]; pages also send [address, message]). The message is signed as the
 * reviewed request has it: hex as bytes, anything else as UTF-8 text.
 */
export async function personalSign(ctx: RpcContext, params: unknown): Promise<Hex> {
  if (!Array.isArray(params) || params.length < 2) throw invalidParams("personal_sign needs [message, address].")
  const [a, b] = params
  const reversed = typeof a === "string" && isAddress(a) && !(typeof b === "string" && isAddress(b))
  const message = reversed ? b : a
  if (typeof message !== "string") throw invalidParams("The message must be a string.")
  const from = await signingAccount(ctx, reversed ? a : b)
  const request = { method: "personal_sign", params: [message, from] }
  return signAfterReview(ctx, request, from, async (signer) => signer.signMessage({ message: isHex(message) && message.length % 2 === 0 ? { raw: message } : message }))
}

/** `eth_signTypedData_v4` (and v3): [address, typed data as JSON text or object]. */
export async function signTypedData(ctx: RpcContext, method: string, params: unknown): Promise<Hex> {
  if (!Array.isArray(params) || params.length < 2) throw invalidParams(`${method} needs [address, typedData].`)
  const from = await signingAccount(ctx, params[0])
  const json = typeof params[1] === "string" ? params[1] : JSON.stringify(params[1])
  let data: { domain?: Record<string, unknown>; types?: Record<string, unknown>; primaryType?: string; message?: Record<string, unknown> }
  try {
    data = JSON.parse(json)
  } catch {
    throw invalidParams("The typed data is not JSON.")
  }
  if (!data || typeof data !== "object" || typeof data.primaryType !== "string" || !data.types || typeof data.types !== "object")
    throw invalidParams("The typed data needs types and a primaryType.")
  const chainId = await requireChain()
  const domainChain = data.domain?.chainId
  if (domainChain !== undefined && Number(domainChain) !== chainId) throw invalidParams(`The typed data is for chain ${String(domainChain)}, but Mamori is on chain ${chainId}.`)
  // The review and the signature read the same JSON text.
  const request = { method, params: [from, json] }
  return signAfterReview(ctx, request, from, async (signer) => {
    const { EIP712Domain: _domainType, ...types } = data.types as Record<string, { name: string; type: string }[]>
    return signer.signTypedData({ domain: data.domain as never, types, primaryType: data.primaryType!, message: (data.message ?? {}) as never })
  })
}

async function signAfterReview(
  ctx: RpcContext,
  request: { method: string; params: unknown[] },
  from: string,
  sign: (signer: Awaited<ReturnType<typeof signerFor>>) => Promise<Hex>
): Promise<Hex> {
  const chainId = await requireChain()
  const answer = await askInWindow({ origin: ctx.origin, tabId: ctx.tabId, documentId: ctx.documentId, request, from, chainId })
  const base = { id: crypto.randomUUID(), at: Date.now(), origin: ctx.origin, method: request.method, chainId, account: from, verdict: answer.verdict ?? ("not checked" as const) }
  if (!answer.allow) {
    await addActivity({ ...base, status: "rejected" })
    throw userDenied("message signature", answer.reason)
  }
  // The key is read only now, after the click: a wallet locked meanwhile refuses (4100) instead of signing.
  const signature = await sign(await signerFor(from))
  await addActivity({ ...base, status: "signed" })
  return signature
}
