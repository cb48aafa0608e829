// The Shield's relay: runs in the ISOLATED world at document_start in every frame. It meets the guard on a
// private channel and carries review requests to the service worker and decisions back to the guard.
import type { PlasmoCSConfig } from "plasmo"

import { handleReview } from "./lib/reviewFlow"
import { startRelay } from "./lib/startRelay"

export const config: PlasmoCSConfig & { match_about_blank: boolean } = {
  matches: ["<all_urls>"],
  run_at: "document_start",
  all_frames: true,
  match_about_blank: true
}

startRelay({
  onGuardMessage: (message, reply) => {
    if (message.kind === "review") void handleReview(message, reply)
  }
})
