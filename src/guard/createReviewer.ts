import type { GuardBridge } from "./bridge"
import type { Reviewer } from "./wrapProvider"

export type ReviewerContext = {
  bridge: GuardBridge
  /** The frame's location, read at request time (a page can navigate within a document). */
  location: () => { origin: string; href: string }
  /** Names of providers announced through EIP-6963, for the overlay. */
  providerName?: (provider: object) => string | undefined
}

/**
 * The guard's reviewer: sends each signing request over the bridge and waits for the user's decision.
 * Fails closed: with no relay to show the review, the request is stopped, never forwarded unseen.
 */
export function createReviewer(ctx: ReviewerContext): Reviewer {
  const pending = new Map<string, (d: { allow: boolean; reason?: string }) => void>()
  let counter = 0
  ctx.bridge.onMessage((message) => {
    if (message.kind !== "decision") return
    const resolve = pending.get(message.id)
    if (!resolve) return
    pending.delete(message.id)
    resolve({ allow: message.allow === true, reason: message.reason })
  })

  return async (request, provider) => {
    if (!ctx.bridge.connected)
      return { allow: false, reason: "Mamori could not show its review in this frame, so the request was stopped." }
    const chainId = await readChainId(provider)
    const id = `${Date.now().toString(36)}-${(counter++).toString(36)}`
    const { origin, href } = ctx.location()
    return new Promise((resolve) => {
      pending.set(id, resolve)
      ctx.bridge.send({
        kind: "review",
        id,
        request: { method: request.method, params: request.params },
        origin,
        href,
        chainId,
        from: requestSender(request.method, request.params),
        providerName: ctx.providerName?.(provider)
      })
    })
  }
}

/** The wallet's current chain, asked of the wallet itself (a pass-through call); undefined if it will not say. */
async function readChainId(provider: object): Promise<string | undefined> {
  try {
    const request = (provider as { request?: (a: { method: string }) => Promise<unknown> }).request
    const chainId = await Promise.race([
      request?.call(provider, { method: "eth_chainId" }),
      new Promise((resolve) => setTimeout(resolve, 500))
    ])
    return typeof chainId === "string" ? chainId : undefined
  } catch {
    return undefined
  }
}

/** The account a request would sign with, when the params say. */
export function requestSender(method: string, params: unknown): string | undefined {
  if (!Array.isArray(params)) return undefined
  const isAddress = (v: unknown): v is string => typeof v === "string" && /^0x[0-9a-fA-F]{40}$/.test(v)
  switch (method) {
    case "eth_sendTransaction":
    case "eth_signTransaction":
      return isAddress(params[0]?.from) ? params[0].from : undefined
    case "wallet_sendCalls":
      return isAddress(params[0]?.from) ? params[0].from : undefined
    case "personal_sign":
      return [params[1], params[0]].find(isAddress)
    default:
      return isAddress(params[0]) ? params[0] : undefined
  }
}
