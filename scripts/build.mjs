// Builds the production extension into build/chrome-mv3-prod and checks that every entry is really there
// (an empty-but-green build is the failure this guards against).
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs"
import path from "node:path"

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..")
const out = path.join(root, "build", "chrome-mv3-prod")
const started = Date.now()
const run = spawnSync(path.join(root, "node_modules", ".bin", "plasmo"), ["build", "--src-path=."], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PLASMO_SRC_PATH: "." }
})
if (run.status !== 0) process.exit(run.status ?? 1)

await import("./lib/copyRuntimeAssets.mjs").then((m) => m.copyRuntimeAssets(root, out))
const { declareMainWorldGuard, GUARD_BUNDLE } = await import("./lib/mainWorldGuard.mjs")
declareMainWorldGuard(out)
const manifest = JSON.parse(readFileSync(path.join(out, "manifest.json"), "utf8"))
const problems = []
if (!manifest.background?.service_worker || !existsSync(path.join(out, manifest.background.service_worker))) problems.push("no background service worker")
if (!manifest.action?.default_popup || !existsSync(path.join(out, manifest.action.default_popup))) problems.push("no popup")
if (!(manifest.content_scripts ?? []).some((c) => c.world !== "MAIN" && c.run_at === "document_start")) problems.push("no ISOLATED-world relay at document_start")
// The guard is declared in the manifest (injected from the browser's first page), in every frame, once.
const guards = (manifest.content_scripts ?? []).filter((c) => (c.js ?? []).some((js) => GUARD_BUNDLE.test(js)))
const g = guards[0]
if (guards.length !== 1 || g.world !== "MAIN" || g.run_at !== "document_start" || !g.all_frames || !g.match_origin_as_fallback || !g.match_about_blank)
  problems.push("the manifest does not declare exactly one MAIN-world guard at document_start in all frames")
else if (!existsSync(path.join(out, g.js[0]))) problems.push("the guard's bundle is missing")
const sw = manifest.background?.service_worker ? readFileSync(path.join(out, manifest.background.service_worker), "utf8") : ""
if (/id:"contentsGuard"/.test(sw)) problems.push("the service worker registers the guard a second time")
if (problems.length) {
  console.error(`build check failed: ${problems.join("; ")}`)
  process.exit(1)
}
const size = (dir) =>
  readdirSync(dir).reduce((n, f) => {
    const p = path.join(dir, f)
    return n + (statSync(p).isDirectory() ? size(p) : statSync(p).size)
  }, 0)
console.log(`built ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s, ${(size(out) / 1024).toFixed(0)} KiB`)
