import { MamoriError } from "~src/errors/base"

import { handle } from "../handle"
import { reviewRequest } from "../shield/reviewRequest"

/** Audits one signing request from a page (via the relay) and records it. */
export default handle("shield-audit", async (body, caller) => {
  // The origin is Chromium's view of the sending frame; a page-supplied origin is never read.
  if (caller.kind !== "content-script") throw new MamoriError("Only a page's relay asks for reviews.", { code: "messaging/forbidden" })
  if (!body?.request || typeof body.request.method !== "string") return { entryId: "", policy: "review", error: "Malformed review request from the page." }
  // The page's chain id is only a hint that may raise suspicion (src/shield/requestChain.ts).
  const {
    counterparties: _c,
    chainNote: _n,
    ...response
  } = await reviewRequest({
    request: body.request,
    origin: caller.origin,
    pageChainId: typeof body.chainId === "string" ? body.chainId : undefined
  })
  return response
})
