// Declares the Shield's guard as a MAIN-world content script in the built manifest.
//
// Why here: Plasmo 0.90 turns a content script whose config says `world: "MAIN"` into a runtime
// `chrome.scripting.registerContentScripts` call in the service worker, and its manifest schema refuses `world`.
// A runtime registration exists only once the service worker has started: the pages a browser restores (or opens)
// at start-up, and pages loaded right after an install or update, got no guard at all (red team round 4, N1).
// A manifest entry is injected by Chromium itself from the very first page. So package.json's manifest declares the
// guard as an ordinary content script (Parcel bundles it), and this step moves that entry to the MAIN world.
import { readFileSync, writeFileSync } from "node:fs"
import path from "node:path"

/** The built guard's file name: `contents/guard.main-world.ts` bundled by Parcel (a hash is added). */
export const GUARD_BUNDLE = /^guard\.main-world\.[0-9a-f]+\.js$/

/** @param {string} out build directory @returns {object} the entry it changed */
export function declareMainWorldGuard(out) {
  const file = path.join(out, "manifest.json")
  const manifest = JSON.parse(readFileSync(file, "utf8"))
  const entries = (manifest.content_scripts ?? []).filter((c) => (c.js ?? []).some((js) => GUARD_BUNDLE.test(js)))
  if (entries.length !== 1) throw new Error(`expected one guard content script in the manifest, found ${entries.length}`)
  const guard = entries[0]
  guard.world = "MAIN"
  delete guard.css
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`)
  return guard
}
