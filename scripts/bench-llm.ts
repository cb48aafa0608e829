/**
 * CPU LLM benchmark: Mamori's CPU engine (wllama, llama.cpp in WebAssembly) on the tiny random-weight
 * GGUF model that the tests generate (4.6 MB, 4 layers, 128 wide), in headless Chromium: one thread (a page
 * that is not cross-origin isolated), then `--threads N` threads (default 2) in a cross-origin isolated page
 * (COOP/COEP headers, as the extension's pages have from the manifest).
 *
 *   npm run bench:llm [-- --runs 5 --tokens 128 --threads 2]
 *
 * Ends with `llm-cpu-tokens-per-s: N tok/s` (decode rate after the first token, median of the runs) and
 * `llm-cpu-first-token-ms: N ms` (request to first token: prompt processing + one step, median), then the
 * same for threads: `llm-cpu-mt-tokens-per-s`, `llm-cpu-mt-first-token-ms`; `llm-cpu-threads` and
 * `llm-cpu-mt-threads` say how many threads each ran. Each run asks about a different request, so the first
 * token includes processing the prompt (llama.cpp would otherwise reuse the cached prefix of a repeat).
 * On a loaded machine threads that spin-wait for each other lose badly: give the load with the figures.
 * These measure the engine's overhead and this CPU, not a real model's quality or speed.
 */
import { build } from "esbuild"
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { cpus, loadavg, tmpdir } from "node:os"
import path from "node:path"
import { chromium } from "playwright-core"

import { serveDirectory } from "../test/fixtures-llm/serveDirectory"
import { tinyGguf } from "../test/fixtures-llm/tinyGguf"
import { CHROMIUM } from "./lib/browser"

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const runs = arg("runs", 5)
const tokens = arg("tokens", 128)
const threads = arg("threads", 2)
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..")
const dir = mkdtempSync(path.join(tmpdir(), "mamori-bench-llm-"))
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

try {
  const model = tinyGguf({ embd: 128, layers: 4, contextLength: 4096 })
  writeFileSync(path.join(dir, "tiny.gguf"), model.bytes)
  copyFileSync(path.join(root, "node_modules/@wllama/wllama/esm/wasm/wllama.wasm"), path.join(dir, "wllama.wasm"))
  await build({
    entryPoints: [path.join(root, "test/fixtures-llm/benchLlmEntry.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    outfile: path.join(dir, "bench.js"),
    logLevel: "error",
    alias: { "~": root }
  })
  writeFileSync(path.join(dir, "index.html"), '<!doctype html><meta charset="utf-8"><script type="module" src="bench.js"></script>')
  const figures: string[] = []
  for (const mode of ["single", "multi"] as const) {
    const server = await serveDirectory(dir, { isolate: mode === "multi" })
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-background-networking"] })
    try {
      const page = await browser.newPage()
      await page.goto(`${server.origin}/index.html`)
      await page.waitForFunction(() => "benchLlm" in globalThis)
      const r = (await page.evaluate(([o, n, t, th]) => (globalThis as any).benchLlm(o, n, t, th), [server.origin, runs, tokens, mode === "multi" ? threads : 1] as const)) as {
        loadMs: number
        kind: string
        threads: number
        isolated: boolean
        results: { firstTokenMs: number; tokens: number; decodeMs: number }[]
      }
      for (const [i, run] of r.results.entries())
        console.log(
          `${mode} run ${i + 1}: ${run.tokens} tokens, first after ${run.firstTokenMs.toFixed(0)} ms, then ${((run.tokens - 1) / (run.decodeMs / 1000)).toFixed(1)} tok/s`
        )
      if (r.results.some((run) => run.tokens < 32)) throw new Error("fewer than 32 tokens in a run")
      if (mode === "multi" && (!r.isolated || r.threads !== threads))
        throw new Error(`the isolated page did not run ${threads} threads (crossOriginIsolated ${r.isolated}, ${r.kind})`)
      console.log(`model: ${(model.bytes.byteLength / 2 ** 20).toFixed(1)} MB, vocabulary ${model.vocabSize}; engine: ${r.kind}; crossOriginIsolated: ${r.isolated}`)
      const prefix = mode === "single" ? "llm-cpu" : "llm-cpu-mt"
      figures.push(`${prefix}-threads: ${r.threads} ${r.threads === 1 ? "thread" : "threads"}`)
      figures.push(`${prefix}-load-ms: ${Math.round(r.loadMs)} ms`)
      figures.push(`${prefix}-tokens-per-s: ${median(r.results.map((run) => (run.tokens - 1) / (run.decodeMs / 1000))).toFixed(1)} tok/s`)
      figures.push(`${prefix}-first-token-ms: ${Math.round(median(r.results.map((run) => run.firstTokenMs)))} ms`)
    } finally {
      await browser.close()
      await server.close()
    }
  }
  // The figures depend on what else runs: say how busy the machine was.
  console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} (1 min) at the end`)
  console.log(figures.join("\n"))
} finally {
  rmSync(dir, { recursive: true, force: true })
}
