/**
 * Smoke run of the real web-llm adapter in headless Chromium (software WebGPU), against fake model
 * directories over local HTTP: download + progress + web-llm cache, clear errors for a missing shard,
 * bad config, unreachable host and a fake model library, delete; then a browser without WebGPU.
 *
 *   npx tsx test/fixtures-llm/browserSmoke.ts
 *
 * Prints one line per step and exits 1 if any step did not behave as expected. (The extension e2e is
 * the integrator's; this shows the adapter itself works against the installed web-llm.)
 */
import { build } from "esbuild"
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { chromium } from "playwright-core"
import { closedPort, serveDirectory } from "./serveDirectory"
import { writeFakeModel } from "./writeFakeModel"

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const BASE_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]

const root = await mkdtemp(join(tmpdir(), "mamori-llm-smoke-"))
let failed = false
try {
  await writeFakeModel(root, { name: "good", shards: 4, shardBytes: 256 * 1024 })
  await writeFakeModel(root, { name: "missing-shard", variant: "missing-shard", shardBytes: 4096 })
  await writeFakeModel(root, { name: "bad-json", variant: "bad-json", shardBytes: 4096 })
  await writeFakeModel(root, { name: "bad-lib", lib: "not-wasm", shardBytes: 4096 })
  await mkdir(join(root, "app"))
  await build({
    entryPoints: [new URL("./browserSmokeEntry.ts", import.meta.url).pathname],
    bundle: true,
    format: "esm",
    platform: "browser",
    outfile: join(root, "app", "smoke.js"),
    logLevel: "error",
    alias: { "~": new URL("../../", import.meta.url).pathname }
  })
  await writeFile(join(root, "app", "index.html"), '<!doctype html><meta charset="utf-8"><script type="module" src="smoke.js"></script>')
  const server = await serveDirectory(root)
  const unreachable = `http://127.0.0.1:${await closedPort()}`
  for (const [label, args] of [
    ["software WebGPU", [...BASE_ARGS, "--enable-unsafe-webgpu"]],
    ["no WebGPU", [...BASE_ARGS, "--disable-features=WebGPU"]]
  ] as const) {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...args] })
    try {
      const page = await browser.newPage()
      page.on("pageerror", (e) => console.log(`  [page error] ${e.message}`))
      await page.goto(`${server.origin}/app/index.html`)
      await page.waitForFunction(() => "runSmoke" in globalThis)
      const started = Date.now()
      const steps = (await page.evaluate(([o, u]) => (globalThis as any).runSmoke(o, u), [server.origin, unreachable])) as {
        step: string
        ok: boolean
        detail: string
      }[]
      console.log(`${label} (${Date.now() - started} ms):`)
      for (const s of steps) {
        console.log(`  ${s.ok ? "ok  " : "FAIL"} ${s.step}: ${s.detail}`)
        if (!s.ok) failed = true
      }
      if (label === "no WebGPU" && !steps[0]?.detail.includes('"available":false')) failed = true
      if (label === "no WebGPU" && server.requests.some((r) => r.path.endsWith(".bin") && r.method === "GET" && r.time > started)) {
        console.log("  FAIL weight shards were downloaded although no adapter exists")
        failed = true
      }
    } finally {
      await browser.close()
    }
  }
  await server.close()
} finally {
  await rm(root, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
