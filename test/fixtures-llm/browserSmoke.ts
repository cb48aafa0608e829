/**
 * Smoke run of the real web-llm adapter in headless Chromium (software WebGPU), against fake model
 * directories over local HTTP: download + progress + web-llm cache, clear errors for a missing shard,
 * bad config, unreachable host and a fake model library, delete; then a browser without WebGPU.
 *
 *   npx tsx test/fixtures-llm/browserSmoke.ts
 *
 * Prints one line per step and exits 1 if any step did not behave as expected. An e2e test can call
 * `runBrowserLlmSmoke()` and assert that every step is ok.
 */
import { build } from "esbuild"
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { chromium } from "playwright-core"
import { closedPort, serveDirectory } from "./serveDirectory"
import { writeFakeModel } from "./writeFakeModel"

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const BASE_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]

export type SmokeStep = { step: string; ok: boolean; detail: string }

/** Runs the smoke in two browsers (software WebGPU, then none) and returns every step. */
export async function runBrowserLlmSmoke(log: (line: string) => void = () => undefined): Promise<SmokeStep[]> {
  const all: SmokeStep[] = []
  const root = await mkdtemp(join(tmpdir(), "mamori-llm-smoke-"))
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
        log(`${label} (${Date.now() - started} ms):`)
        if (label === "no WebGPU") {
          steps.push({ step: "the probe reports no adapter", ok: steps[0]?.detail.includes('"available":false') ?? false, detail: steps[0]?.detail ?? "" })
          const shards = server.requests.filter((r) => r.path.endsWith(".bin") && r.method === "GET" && r.time > started).length
          steps.push({ step: "no weights downloaded without an adapter", ok: shards === 0, detail: `${shards} shard downloads` })
        }
        for (const s of steps) {
          log(`  ${s.ok ? "ok  " : "FAIL"} ${s.step}: ${s.detail}`)
          all.push({ ...s, step: `${label}: ${s.step}` })
        }
      } finally {
        await browser.close()
      }
    }
    await server.close()
  } finally {
    await rm(root, { recursive: true, force: true })
  }
  return all
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const steps = await runBrowserLlmSmoke(console.log)
  process.exit(steps.every((s) => s.ok) ? 0 : 1)
}
