import type { PlasmoMessaging } from "@plasmohq/messaging"

import { reviewRequest, type ReviewOutput } from "../shield/reviewRequest"

export type ShieldAuditRequest = { request: { method: string; params?: unknown }; origin: string; href: string; chainId?: string }
export type ShieldAuditResponse = ReviewOutput

/** Audits one signing request from a page (via the relay) and records it. */
const handler: PlasmoMessaging.MessageHandler<ShieldAuditRequest, ShieldAuditResponse> = async (req, res) => {
  const body = req.body
  // The origin comes from Chromium's view of the sending frame when it has one, not from the page.
  const origin = req.sender?.origin ?? body?.origin ?? "unknown"
  if (!body?.request || typeof body.request.method !== "string") {
    res.send({ entryId: "", policy: "review", error: "Malformed review request from the page.", counterparties: [] })
    return
  }
  // The page's chain id is only a hint (see src/shield/requestChain.ts).
  res.send(await reviewRequest({ request: body.request, origin, pageChainId: body.chainId }))
}

export default handler
