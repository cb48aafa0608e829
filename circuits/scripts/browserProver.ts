/**
 * Harness for the prover worker in headless Chromium: bundles lib/proverWorker.ts exactly as the extension
 * build does (scripts/lib/bundleProverWorker.mjs), serves it and the zk artifacts from 127.0.0.1 and opens
 * a blank page.
 * Used by scripts/bench-zk.ts and test/integration/zk/proverWorker.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { createServer } from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { chromium, type Browser, type Page } from "playwright-core"

import { bundleProverWorker } from "../../scripts/lib/bundleProverWorker.mjs"

const root = fileURLToPath(new URL("../../", import.meta.url))

export type BrowserProver = { page: Page; close: () => Promise<void> }

export async function openBrowserProver(): Promise<BrowserProver> {
  const dir = mkdtempSync(join(tmpdir(), "mamori-zk-worker-"))
  await bundleProverWorker(root, join(dir, "proverWorker.js"))
  const files: Record<string, [string, string]> = {
    "/proverWorker.js": ["text/javascript", join(dir, "proverWorker.js")],
    "/art.wasm": ["application/wasm", root + "assets/zk/art.wasm"],
    "/art_final.zkey": ["application/octet-stream", root + "assets/zk/art_final.zkey"],
    "/verification_key.json": ["application/json", root + "assets/zk/verification_key.json"],
    "/scene.wasm": ["application/wasm", root + "assets/zk/scene.wasm"],
    "/scene_final.zkey": ["application/octet-stream", root + "assets/zk/scene_final.zkey"],
    "/scene_verification_key.json": ["application/json", root + "assets/zk/scene_verification_key.json"]
  }
  const server = createServer((req, res) => {
    if (req.url === "/") return void res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>zk</title>")
    const f = files[req.url ?? ""]
    if (!f) return void res.writeHead(404).end()
    res.writeHead(200, { "content-type": f[0] }).end(readFileSync(f[1]))
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  const port = (server.address() as { port: number }).port
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]
    })
    const page = await browser.newPage()
    await page.goto(`http://127.0.0.1:${port}/`)
    const b = browser
    return {
      page,
      close: async () => {
        await b.close()
        server.close()
        rmSync(dir, { recursive: true, force: true })
      }
    }
  } catch (e) {
    await browser?.close()
    server.close()
    throw e
  }
}

export type BrowserProofRun = { ms: number; stages: string[]; verified: boolean; words: string[]; publicSignals: string[] }

/** Proves one prompt in a fresh dedicated worker; returns wall time (fetch + witness + prove + verify). */
export async function proveInBrowser(page: Page, prompt: string, singleThread = false, architecture: "art" | "scene" = "art"): Promise<BrowserProofRun> {
  return page.evaluate(
    async ({ prompt, singleThread, architecture }) => {
      const worker = new Worker("/proverWorker.js")
      const stages: string[] = []
      const t = performance.now()
      try {
        return await new Promise<BrowserProofRun>((resolve, reject) => {
          worker.onmessage = (e: MessageEvent) => {
            const m = e.data
            if (m.kind === "progress") stages.push(m.stage)
            if (m.kind === "result") resolve({ ms: performance.now() - t, stages, verified: m.verified, words: m.words.map(String), publicSignals: m.publicSignals })
            if (m.kind === "error") reject(new Error(`${m.code}: ${m.message}`))
          }
          worker.onerror = (e) => reject(new Error(String(e.message)))
          worker.postMessage({
            kind: "prove",
            id: "bench",
            prompt,
            wasmUrl: architecture === "scene" ? "/scene.wasm" : "/art.wasm",
            zkeyUrl: architecture === "scene" ? "/scene_final.zkey" : "/art_final.zkey",
            vkeyUrl: architecture === "scene" ? "/scene_verification_key.json" : "/verification_key.json",
            singleThread,
            architecture
          })
        })
      } finally {
        worker.terminate()
      }
    },
    { prompt, singleThread, architecture }
  )
}

/** Starts a proof, terminates the worker at the first "prove" progress message, and reports what arrived after. */
export async function cancelInBrowser(page: Page): Promise<{ cancelledAt: string; messagesAfterCancel: number }> {
  return page.evaluate(async () => {
    const worker = new Worker("/proverWorker.js")
    let cancelled = false
    let after = 0
    let cancelledAt = ""
    await new Promise<void>((resolve) => {
      worker.onmessage = (e: MessageEvent) => {
        if (cancelled) return void after++
        if (e.data.kind === "progress" && (e.data.stage === "witness" || e.data.stage === "prove")) {
          cancelled = true
          cancelledAt = e.data.stage
          worker.terminate()
          setTimeout(resolve, 2000)
        }
      }
      worker.postMessage({ kind: "prove", id: "c", prompt: "cancel me", wasmUrl: "/art.wasm", zkeyUrl: "/art_final.zkey", vkeyUrl: "/verification_key.json" })
    })
    return { cancelledAt, messagesAfterCancel: after }
  })
}
