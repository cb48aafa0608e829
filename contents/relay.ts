// The Shield's relay: runs in the ISOLATED world at document_start in every frame the guard runs in (also
// about:blank, srcdoc, data: and blob: frames). It meets the guard on a private channel and carries review
// requests to the service worker and decisions back to the guard.
import type { PlasmoCSConfig } from "plasmo"

import { handleReview, showStopped, showUnguarded } from "./lib/reviewFlow"
import { startRelay } from "./lib/startRelay"

export const config: PlasmoCSConfig & { match_about_blank: boolean; match_origin_as_fallback: boolean } = {
  matches: ["<all_urls>"],
  run_at: "document_start",
  all_frames: true,
  match_about_blank: true,
  match_origin_as_fallback: true
}

startRelay({
  onGuardMessage: (message, reply) => {
    if (message.kind === "review" && typeof message.requestJson === "string") handleReview(message, reply)
    else if (message.kind === "stopped") showStopped(message)
    else if (message.kind === "unguarded") showUnguarded(message)
  }
})
