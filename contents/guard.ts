// The Shield's guard: runs in the page's MAIN world at document_start in every frame, before any page script,
// and wraps the page's wallet providers. It stays tiny; all logic lives in src/guard/.
import type { PlasmoCSConfig } from "plasmo"

import { connectBridge } from "~src/guard/bridge"
import { installGuard } from "~src/guard/installGuard"

export const config: PlasmoCSConfig = {
  matches: ["<all_urls>"],
  world: "MAIN",
  run_at: "document_start",
  all_frames: true,
  match_origin_as_fallback: true
}

const bridge = connectBridge(window as any)
installGuard(window as any, { bridge })
