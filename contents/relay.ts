// The Shield's relay: runs in the ISOLATED world at document_start in every frame. It receives the guard's
// private port and carries review requests to the service worker and decisions back to the guard.
import type { PlasmoCSConfig } from "plasmo"

import { startRelay } from "./lib/startRelay"

export const config: PlasmoCSConfig = {
  matches: ["<all_urls>"],
  run_at: "document_start",
  all_frames: true,
  match_about_blank: true
}

startRelay()
