// The Shield's guard: runs in the page's MAIN world at document_start in every frame, before any page script,
// and wraps the page's wallet providers. It stays tiny; all logic lives in src/guard/. The built-ins it uses
// are captured when src/guard/intrinsics.ts is evaluated, which is the first thing this bundle does.
// Declared statically in the manifest (package.json, then scripts/lib/mainWorldGuard.mjs sets the MAIN world), so
// Chromium injects it from the first page after a browser start; the second extension in the file name keeps it out
// of Plasmo's own scan, which would register it at run time instead (too late for those pages). `config` below
// mirrors that manifest entry and is not read by Plasmo.
import "~src/guard/intrinsics"

import type { PlasmoCSConfig } from "plasmo"

import { connectBridge } from "~src/guard/bridge"
import { createDelegatingReviewer, createReviewer } from "~src/guard/createReviewer"
import { exceptOwn } from "~src/guard/exceptOwn"
import { installGuard } from "~src/guard/installGuard"
import { exposeTopReview, findTopReview } from "~src/guard/topReview"
import { guardProvider } from "~src/guard/wrapProvider"

import { startMamoriWallet } from "./lib/mamoriWallet"

// Chromium's `matchOriginAsFallback` (about:blank, srcdoc, data: and blob: frames) is passed through by Plasmo.
export const config: PlasmoCSConfig & { match_origin_as_fallback: boolean } = {
  matches: ["<all_urls>"],
  world: "MAIN",
  run_at: "document_start",
  all_frames: true,
  match_origin_as_fallback: true
}

const href = () => String(location.href)
const names = new WeakMap<object, string>()
const providerName = (p: object) => names.get(p)
// A same-origin child frame may have been instrumented by its parent before this script ran: it asks the top
// frame's guard (whose channel no page script saw being made) to review; every other frame uses its own relay.
const top = findTopReview(window as any)
const bridge = top ? undefined : connectBridge(window as any)
const own = bridge ? createReviewer({ bridge, href, providerName }) : undefined
const review = top ? createDelegatingReviewer(top, { href, providerName }) : own!.review
if (own && window.top === window) exposeTopReview(window, own.reviewJson)

// Mamori's own wallet is made here, in the guard's bundle: the guard knows it by identity and leaves it to the
// wallet's review in the service worker (see exceptOwn.ts); any other provider, whatever it calls itself, is guarded.
const mamori = startMamoriWallet()

installGuard(window as any, {
  bridge,
  onProvider: exceptOwn(mamori, (provider, _source, info) => {
    if (info?.name) names.set(provider, info.name)
    return guardProvider(provider, review, (method, reason) => bridge?.send({ kind: "stopped", method, reason }))
  }),
  onUnguarded: (reason) => bridge?.send({ kind: "unguarded", reason })
})
