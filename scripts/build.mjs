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
const manifest = JSON.parse(readFileSync(path.join(out, "manifest.json"), "utf8"))
const problems = []
if (!manifest.background?.service_worker || !existsSync(path.join(out, manifest.background.service_worker))) problems.push("no background service worker")
if (!manifest.action?.default_popup || !existsSync(path.join(out, manifest.action.default_popup))) problems.push("no popup")
if (!(manifest.content_scripts ?? []).some((c) => c.world !== "MAIN" && c.run_at === "document_start")) problems.push("no ISOLATED-world relay at document_start")
const sw = manifest.background?.service_worker ? readFileSync(path.join(out, manifest.background.service_worker), "utf8") : ""
if (!sw.includes("registerContentScripts") || !sw.includes('"MAIN"')) problems.push("the MAIN-world guard is not registered by the service worker")
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
