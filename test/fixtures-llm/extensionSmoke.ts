/**
 * Smoke run of the LLM adapters inside a real MV3 extension (headless Chromium, software WebGPU):
 * the real web-llm engine hosted in the service worker, a page driving it over the `mamori-llm` port,
 * custom models validated in the page and persisted in chrome.storage, download progress streamed over
 * the port, the worker stopped and reconnected to.
 *
 *   npx tsx test/fixtures-llm/extensionSmoke.ts
 *
 * Builds a throw-away extension from test/fixtures-llm/extension-smoke/ (not the product's build).
 * Prints one line per step; exits 1 if a step did not behave as expected. An e2e test can call
 * `runExtensionLlmSmoke()` and assert that every step is ok.
 */
import { build } from "esbuild"
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { launchWithExtension } from "../../scripts/lib/browser"
import { startFakeModelServer } from "./fakeModelServer"

export type SmokeStep = { step: string; ok: boolean; detail: string }

/** Builds the throw-away extension, runs every step, and returns them. */
export async function runExtensionLlmSmoke(log: (line: string) => void = () => undefined): Promise<SmokeStep[]> {
  const here = new URL("./extension-smoke/", import.meta.url).pathname
  const dir = await mkdtemp(join(tmpdir(), "mamori-llm-ext-"))
  const models = await startFakeModelServer()
  const steps: SmokeStep[] = []
  const step = (name: string, ok: boolean, detail: unknown) => {
    const text = typeof detail === "string" ? detail : JSON.stringify(detail)
    log(`  ${ok ? "ok  " : "FAIL"} ${name}: ${text}`)
    steps.push({ step: name, ok, detail: text })
  }

  try {
    await build({
      entryPoints: { sw: join(here, "sw.ts"), page: join(here, "page.ts") },
      bundle: true,
      format: "esm",
      platform: "browser",
      outdir: dir,
      logLevel: "error"
    })
    await writeFile(join(dir, "page.html"), '<!doctype html><meta charset="utf-8"><script type="module" src="page.js"></script>')
    await writeFile(
      join(dir, "manifest.json"),
      JSON.stringify({
        manifest_version: 3,
        name: "mamori-llm-smoke",
        version: "0.0.1",
        background: { service_worker: "sw.js", type: "module" },
        permissions: ["storage"],
        host_permissions: ["<all_urls>"],
        content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" }
      })
    )
    const browser = await launchWithExtension({ extensionDir: dir, webgpu: true })
    try {
      const sw = await browser.serviceWorker()
      const gpu = await sw.evaluate(() => (globalThis as any).smoke.probeWebGpu())
      step("WebGPU in the service worker", gpu.available === true && gpu.isFallbackAdapter === true, {
        available: gpu.available,
        fallback: gpu.isFallbackAdapter,
        vendor: gpu.info?.vendor
      })

      const page = await browser.context.newPage()
      await page.goto(`chrome-extension://${browser.extensionId}/page.html`)
      await page.waitForFunction(() => "smoke" in globalThis)
      const s = (fn: string, ...args: unknown[]) => page.evaluate(([f, a]) => (globalThis as any).smoke[f as string](...(a as unknown[])), [fn, args] as const)

      const added = await s("addCustom", { id: "fake-good", modelUrl: models.modelUrl("good"), modelLibUrl: models.libUrl("good"), contextWindow: 2048 })
      step("custom model validated in the page and stored", added.ok === true, added.checks?.length ? `${added.checks.length} checks` : added)
      for (const [name, code] of [
        ["missing-shard", "llm/file-missing"],
        ["bad-json", "llm/config-invalid"],
        ["legacy-ndarray", "llm/config-invalid"],
        ["bad-lib", "llm/model-lib-invalid"]
      ] as const) {
        const r = await s("addCustom", { id: `fake-${name}`, modelUrl: models.modelUrl(name), modelLibUrl: models.libUrl(name), contextWindow: 2048 })
        step(`custom model ${name} refused`, r.ok === false && r.code === code, r.message)
      }
      const unreachable = await s("addCustom", {
        id: "fake-unreachable",
        modelUrl: models.unreachableModelUrl,
        modelLibUrl: models.libUrl("good"),
        contextWindow: 2048
      })
      step("custom model on a closed port refused", unreachable.code === "llm/model-unreachable", unreachable.message)

      const loaded = await s("load", "fake-good")
      step(
        "load over the port: download progress streamed, then the fake library refused",
        loaded.ok === false && loaded.code === "llm/model-lib-invalid" && (loaded.phases.download ?? 0) > 4,
        { phases: loaded.phases, message: loaded.message }
      )
      const cached = await sw.evaluate(() => (globalThis as any).smoke.engine.isCached("fake-good"))
      step("web-llm's hasModelInCache in the worker", cached === true, String(cached))
      const shardGets = models.requests.filter((r) => r.method === "GET" && r.path.startsWith("/good/resolve/main/params_shard_")).length
      const again = await s("load", "fake-good")
      const shardGetsAfter = models.requests.filter((r) => r.method === "GET" && r.path.startsWith("/good/resolve/main/params_shard_")).length
      step(
        "a second load reads the cache, not the network",
        again.code === "llm/model-lib-invalid" && shardGetsAfter === shardGets,
        `${shardGetsAfter - shardGets} shard downloads`
      )

      const managed = await s("manage", "fake-good")
      step(
        "model manager through the port: delete, then download with progress",
        managed.afterDelete.length === 0 && managed.afterDownload[0] === "fake-good" && managed.events > 4 && managed.summary?.filesFetched > 0,
        managed
      )

      const explained = await s("explainWithReal")
      step(
        "explanation without a loaded model uses the template, verdict unchanged",
        explained.source === "template" && explained.reason === "not-loaded" && explained.verdict === "danger",
        explained.text.split("\n")[0]
      )

      await s("doubleLoad", "double-model")
      await page.close()
      const page2 = await browser.context.newPage()
      await page2.goto(`chrome-extension://${browser.extensionId}/page.html`)
      await page2.waitForFunction(() => "smoke" in globalThis)
      const s2 = (fn: string, ...args: unknown[]) => page2.evaluate(([f, a]) => (globalThis as any).smoke[f as string](...(a as unknown[])), [fn, args] as const)
      const status = await s2("doubleLoad", "double-model")
      const loadCount = await sw.evaluate(() => (globalThis as any).smoke.double.loadCount)
      step("popup reopened: the host still has the model, load is not repeated", status.loadedModelId === "double-model" && loadCount === 1, {
        status,
        loadCount
      })
      const viaDouble = await s2("doubleExplain")
      step("explanation streamed from the worker's engine", viaDouble.source === "llm" && viaDouble.verdict === "danger", viaDouble.text)

      // Stop the service worker (as Chrome does when idle) in the middle of a generation.
      const startedBefore = await sw.evaluate(() => (globalThis as any).smoke.startedAt)
      const cdp = await browser.context.newCDPSession(page2)
      const long = s2("doubleLongExplain")
      await new Promise((r) => setTimeout(r, 50))
      await cdp.send("ServiceWorker.enable")
      await cdp.send("ServiceWorker.stopAllWorkers")
      const interrupted = await long
      step("worker stopped mid-generation: the client gets a clear error", interrupted.ok === false && interrupted.code === "llm/engine-failed", interrupted.message ?? interrupted)
      const after = await s2("doubleStatus")
      const sw2 = await browser.serviceWorker()
      const restarted = await sw2.evaluate(() => (globalThis as any).smoke.startedAt)
      step(
        "the client reconnects (the worker restarts); the model is gone with it",
        after.loadedModelId === undefined && after.engineKind === "double" && restarted !== startedBefore,
        { after, restarted: restarted !== startedBefore }
      )
    } finally {
      await browser.close()
    }
  } catch (error) {
    step("the smoke ran to the end", false, (error as Error).stack ?? String(error))
  } finally {
    await models.close()
    await rm(dir, { recursive: true, force: true })
  }
  return steps
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const steps = await runExtensionLlmSmoke(console.log)
  process.exit(steps.every((s) => s.ok) ? 0 : 1)
}
