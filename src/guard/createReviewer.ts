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
