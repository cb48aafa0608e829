// The Shield's guard: runs in the page's MAIN world at document_start in every frame, before any page script,
// and wraps the page's wallet providers. It stays tiny; all logic lives in src/guard/.
import type { PlasmoCSConfig } from "plasmo"

import { connectBridge } from "~src/guard/bridge"
import { createReviewer } from "~src/guard/createReviewer"
import { installGuard } from "~src/guard/installGuard"
import { wrapProvider } from "~src/guard/wrapProvider"

// Chromium's `matchOriginAsFallback` (about:blank, srcdoc and blob frames) is passed through by Plasmo.
export const config: PlasmoCSConfig & { match_origin_as_fallback: boolean } = {
  matches: ["<all_urls>"],
  world: "MAIN",
  run_at: "document_start",
  all_frames: true,
  match_origin_as_fallback: true
}

const bridge = connectBridge(window as any)
const names = new WeakMap<object, string>()
const review = createReviewer({
  bridge,
  location: () => ({ origin: location.origin, href: location.href }),
  providerName: (p) => names.get(p)
})
installGuard(window as any, {
  bridge,
  onProvider: (provider, _source, info) => {
    if (info?.name) names.set(provider, info.name)
    wrapProvider(provider, review)
  }
})
