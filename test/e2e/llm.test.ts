/**
 * The local LLM in the real extension (issue 5): the production build in headless Chromium with software
 * WebGPU (SwiftShader), fake MLC model directories served over loopback HTTP. No real weights exist
 * here, so the real web-llm engine is driven up to the model library step, where it must fail clearly.
 */
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { launchWithExtension, type ExtensionBrowser } from "../../scripts/lib/browser"
import { CUSTOM_MODELS_KEY } from "../../src/models/customModelStore"
import { startFakeModelServer, type FakeModelServer } from "../fixtures-llm/fakeModelServer"
import { addCustomModel, openModels, progressSeen, watchProgress } from "./support/llmPopup"
import { overlayText, pressReject, waitForVerdict } from "./support/overlay"
import { startLlmStack, type LlmStack } from "./support/llmStack"
import { artifact } from "./support/stack"

let stack: LlmStack
let browser: ExtensionBrowser
let fast: FakeModelServer
/** Each weight shard waits 1.5 s before its body, so a download can be watched, left and cancelled. */
let slow: FakeModelServer
const figures: string[] = []

beforeAll(async () => {
  ;[fast, slow] = await Promise.all([startFakeModelServer({ largeShards: 8 }), startFakeModelServer({ delayMs: (path) => (path.includes("params_shard_") ? 1500 : 0) })])
  stack = await startLlmStack()
  browser = stack.browser
})
afterAll(async () => {
  await stack?.stop()
  await Promise.all([fast?.close(), slow?.close()])
  if (figures.length) console.log(figures.join("\n"))
})

const good = () => ({ id: "fake-good", modelUrl: fast.modelUrl("good"), modelLibUrl: fast.libUrl("good"), contextWindow: "2048" })

describe("local LLM in the extension", () => {
  let page: Page

  it("WebGPU check: the software adapter counts as no GPU, says why and what would turn the model on", async () => {
    page = await openModels(browser)
    const check = page.getByTestId("gpu-check")
    expect(await check.getAttribute("data-gpu")).toBe("software")
    expect(await check.getAttribute("data-usable")).toBe("false")
    // No usable GPU: the manager falls back to the CPU engine (issue 16) and says why.
    expect(await check.getAttribute("data-engine")).toBe("cpu")
    expect(await page.getByTestId("llm-status").innerText()).toMatch(/Local model off: no model downloaded yet/)
    expect(await check.innerText()).toMatch(/Only a software GPU is available, so the CPU engine \(llama\.cpp in WebAssembly\) runs SmolLM2 360M \(CPU\)/)
    // Presets from web-llm's list, with size, GPU memory and why each does or does not fit.
    const presets = page.locator('[data-source="preset"]')
    expect(await presets.count()).toBeGreaterThanOrEqual(6)
    const f16 = await page.getByTestId("fit-Llama-3.2-1B-Instruct-q4f16_1-MLC").innerText()
    expect(f16).toMatch(/needs shader-f16, which this GPU lacks/)
    expect(await page.getByTestId("model-Llama-3.2-1B-Instruct-q4f16_1-MLC").innerText()).toMatch(/about 720 MB download · needs about 880 MB of GPU memory/)
    expect(await page.locator(".mm-chip.rec").count()).toBe(1)
    await page.screenshot({ path: artifact("llm-1-webgpu-check.png"), fullPage: true })
  })

  it("custom model: every broken directory is refused with its own clear message; a good one is validated and persisted", async () => {
    const cases = [
      { name: "missing-shard", code: "llm/file-missing", text: /Missing file: .*params_shard.*HTTP 404/ },
      { name: "bad-json", code: "llm/config-invalid", text: /mlc-chat-config\.json is not usable/ },
      { name: "bad-lib", code: "llm/model-lib-invalid", text: /model library bad-lib\.wasm is not usable: it is not a WebAssembly module/ }
    ] as const
    for (const c of cases) {
      const r = await addCustomModel(page, { id: `fake-${c.name}`, modelUrl: fast.modelUrl(c.name), modelLibUrl: fast.libUrl(c.name), contextWindow: "2048" })
      expect(r, c.name).toMatchObject({ ok: false, code: c.code })
      expect(r.ok === false && r.text, c.name).toMatch(c.text)
    }
    const unreachable = await addCustomModel(page, { ...good(), id: "fake-unreachable", modelUrl: fast.unreachableModelUrl })
    expect(unreachable).toMatchObject({ ok: false, code: "llm/model-unreachable" })
    expect(unreachable.ok === false && unreachable.text).toMatch(/Cannot reach 127\.0\.0\.1:\d+: no answer when fetching mlc-chat-config\.json/)
    await page.screenshot({ path: artifact("llm-2-unreachable.png"), fullPage: true })
    const badField = await addCustomModel(page, { ...good(), contextWindow: "lots" })
    expect(badField).toMatchObject({ ok: false, code: "llm/custom-model-invalid" })
    expect(badField.ok === false && badField.text).toMatch(/context window must be a whole number/)

    const added = await addCustomModel(page, good())
    expect(added).toMatchObject({ ok: true })
    expect(added.ok && added.checks).toMatch(/4 shard\(s\), 1048576 bytes/)
    await page.getByTestId("model-fake-good").waitFor()
    expect(await page.getByTestId("state-fake-good").innerText()).toBe("not downloaded")
    const stored = await (await browser.serviceWorker()).evaluate(async (key) => (await chrome.storage.local.get(key))[key], CUSTOM_MODELS_KEY)
    expect(stored.map((e: any) => e.record.model_id)).toEqual(["fake-good"])
    // None of the refused ones was stored.
    expect(await page.locator('[data-source="custom"]').count()).toBe(1)
    await page.screenshot({ path: artifact("llm-3-custom-added.png"), fullPage: true })
  })

  it("download: a real progress bar over HTTP, then cached; cancel stops a slow one", async () => {
    await watchProgress(page, "fake-good")
    const started = Date.now()
    await page.getByTestId("download-fake-good").click()
    await page.getByTestId("note-fake-good").waitFor({ timeout: 20_000 })
    const seconds = (Date.now() - started) / 1000
    const seen = await progressSeen(page)
    // The bar moves forward through the byte download (other phases count their own steps).
    const fractions = seen.filter((s) => /Downloading/.test(s.text)).map((s) => s.f)
    expect(new Set(fractions).size, JSON.stringify(seen)).toBeGreaterThanOrEqual(3)
    expect(
      fractions.every((f, i) => i === 0 || f >= fractions[i - 1]!),
      JSON.stringify(seen)
    ).toBe(true)
    // The cache state is re-read after the download's final note: wait for it rather than race it.
    await expect.poll(() => page.getByTestId("state-fake-good").innerText(), { timeout: 10_000 }).toBe("cached")
    const note = await page.getByTestId("note-fake-good").innerText()
    const mb = Number(/Downloaded ([\d.]+) MB/.exec(note)?.[1])
    expect(mb).toBeGreaterThan(0.9)
    figures.push(`llm-time-to-first-progress: ${Math.round(seen[0]!.t)} ms`)
    figures.push(`llm-fake-download-throughput-1MiB: ${(mb / seconds).toFixed(2)} MB/s`)
    figures.push(`llm-progress-updates-seen: ${seen.length} count`)
    await page.screenshot({ path: artifact("llm-4-cached.png"), fullPage: true })

    // A slow server: start, see the bar, cancel.
    const slowAdd = await addCustomModel(page, { id: "fake-slow", modelUrl: slow.modelUrl("good"), modelLibUrl: slow.libUrl("good"), contextWindow: "2048" })
    expect(slowAdd).toMatchObject({ ok: true })
    await page.getByTestId("download-fake-slow").click()
    await page.getByTestId("progress-fake-slow").waitFor()
    await page.screenshot({ path: artifact("llm-5-downloading.png"), fullPage: true })
    await page.getByTestId("cancel-fake-slow").click()
    const cancelled = page.getByTestId("error-fake-slow")
    await cancelled.waitFor({ timeout: 10_000 })
    expect(await cancelled.innerText()).toMatch(/Download cancelled/)
    await expect.poll(() => page.getByTestId("state-fake-slow").innerText(), { timeout: 10_000 }).toBe("not downloaded")

    // Start it again and close the popup: the worker carries on; the reopened popup shows the bar and cancels it.
    await page.getByTestId("download-fake-slow").click()
    await page.getByTestId("progress-fake-slow").waitFor()
    await page.close()
    page = await openModels(browser)
    const resumed = page.locator('[data-testid=job-fake-slow][data-background="true"]')
    await resumed.waitFor({ timeout: 5_000 })
    expect(await page.getByTestId("progress-text-fake-slow").innerText()).toMatch(/Downloading|config|library|tokenizer/i)
    await page.screenshot({ path: artifact("llm-5b-reopened-mid-download.png"), fullPage: true })
    await page.getByTestId("cancel-fake-slow").click()
    await resumed.waitFor({ state: "detached", timeout: 10_000 })
    expect(await page.getByTestId("error-fake-slow").innerText()).toMatch(/Download cancelled/)
    await expect.poll(() => page.getByTestId("state-fake-slow").innerText(), { timeout: 10_000 }).toBe("not downloaded")

    // Throughput on a larger fake model (32 MiB over loopback into the Cache API), then free the space.
    expect(await addCustomModel(page, { id: "fake-large", modelUrl: fast.modelUrl("large"), modelLibUrl: fast.libUrl("large"), contextWindow: "2048" })).toMatchObject({
      ok: true
    })
    const t1 = Date.now()
    await page.getByTestId("download-fake-large").click()
    await page.getByTestId("note-fake-large").waitFor({ timeout: 60_000 })
    const largeMb = Number(/Downloaded ([\d.]+) MB/.exec(await page.getByTestId("note-fake-large").innerText())?.[1])
    expect(largeMb).toBeGreaterThanOrEqual(32)
    figures.push(`llm-fake-download-throughput-32MiB: ${(largeMb / ((Date.now() - t1) / 1000)).toFixed(1)} MB/s`)
    await page.getByTestId("forget-fake-large").click()
    await page.getByTestId("model-fake-large").waitFor({ state: "detached" })

    // A preset's real host cannot be reached from here (no internet): said plainly, nothing cached.
    const preset = "SmolLM2-360M-Instruct-q4f32_1-MLC"
    await page.getByTestId(`download-${preset}`).click()
    const offline = page.getByTestId(`error-${preset}`)
    await offline.waitFor({ timeout: 30_000 })
    expect(await offline.getAttribute("data-code"), await offline.innerText()).toBe("llm/model-unreachable")
    expect(await offline.innerText()).toMatch(/Cannot reach huggingface\.co: no answer when fetching mlc-chat-config\.json/)
    expect(await page.getByTestId(`state-${preset}`).innerText()).toBe("not downloaded")
  })

  it("load: refused on the software adapter by default; allowed for tests, the real web-llm fails clearly at the fake model library", async () => {
    await page.getByTestId("load-fake-good").click()
    const refused = page.getByTestId("error-fake-good")
    await refused.waitFor({ timeout: 20_000 })
    expect(await refused.getAttribute("data-code")).toBe("llm/fallback-adapter")
    expect(await refused.innerText()).toMatch(/Only a software WebGPU adapter is available/)
    expect(await page.getByTestId("llm-status").innerText()).toMatch(/loading failed/)

    // A controlled checkbox: it shows the stored setting once the worker has saved it.
    await page.getByTestId("allow-fallback").click()
    await page.locator('[data-testid=gpu-check][data-usable="true"]').waitFor()
    const shardGets = () => fast.requests.filter((r) => r.method === "GET" && r.path.startsWith("/good/resolve/main/params_shard_")).length
    const before = shardGets()
    await page.getByTestId("load-fake-good").click()
    const failed = page.locator('[data-testid=error-fake-good][data-code="llm/model-lib-invalid"]')
    await failed.waitFor({ timeout: 30_000 })
    expect(await failed.innerText()).toMatch(/model library good\.wasm is not usable/)
    // The weights came from the cache, not the network again.
    expect(shardGets()).toBe(before)
    expect(await page.getByTestId("models").getAttribute("data-loaded")).toBe("")
    await page.screenshot({ path: artifact("llm-6-load-failed.png"), fullPage: true })

    // A library with TVM's entry points passes Mamori's checks, so web-llm's own reload runs: it creates
    // its device on SwiftShader, instantiates the library through tvmjs, and fails at the first call.
    expect(await addCustomModel(page, { id: "fake-tvm", modelUrl: fast.modelUrl("tvm-stub"), modelLibUrl: fast.libUrl("tvm-stub"), contextWindow: "2048" })).toMatchObject({
      ok: true
    })
    const t0 = Date.now()
    await page.getByTestId("load-fake-tvm").click()
    const tvm = page.getByTestId("error-fake-tvm")
    await tvm.waitFor({ timeout: 60_000 })
    figures.push(`llm-webllm-reload-attempt: ${Date.now() - t0} ms`)
    console.log(`web-llm reload failure shown: ${await tvm.innerText()}`)
    expect(await tvm.getAttribute("data-code"), await tvm.innerText()).toBe("llm/model-lib-invalid")
    expect(await tvm.innerText()).toMatch(/model library tvm-stub\.wasm is not usable: (web-llm could not start it|it could not be instantiated)/)
    await page.screenshot({ path: artifact("llm-6b-webllm-reload-failed.png"), fullPage: true })

    // With no model loaded the explanation streams from the templates, and says so; the verdict is the rules'.
    await page.getByTestId("explain-run").click()
    await page.getByTestId("explain-source").waitFor()
    expect(await page.getByTestId("explain-text").innerText()).toMatch(/unlimited/i)
    expect(await page.getByTestId("explain-source").innerText()).toMatch(/templates \(no model loaded\)\. The verdict "danger" comes from Mamori's rules/)
  })

  it("the service worker stopped: the reopened popup reconnects, the cache is still there", async () => {
    await (await browser.serviceWorker()).evaluate(() => ((globalThis as any).__beforeStop = true))
    const cdp = await browser.context.newCDPSession(page)
    await cdp.send("ServiceWorker.enable")
    await cdp.send("ServiceWorker.stopAllWorkers")
    await page.close()
    const reopened = await openModels(browser)
    expect(await reopened.getByTestId("models-page-error").count()).toBe(0)
    await expect.poll(() => reopened.getByTestId("state-fake-good").innerText(), { timeout: 10_000 }).toBe("cached")
    expect(await reopened.getByTestId("gpu-check").getAttribute("data-usable")).toBe("true")
    // The worker the popup talks to now is a fresh one (the marker set before the stop is gone).
    const live = browser.context.serviceWorkers().filter((w) => w.url().startsWith("chrome-extension://"))
    const markers = await Promise.all(live.map((w) => w.evaluate(() => (globalThis as any).__beforeStop === true).catch(() => "gone")))
    expect(markers).toContain(false)
    expect(markers).not.toContain(true)
    // The fresh worker honours the stored switch at once: a load gets past the adapter check to the library.
    await reopened.getByTestId("load-fake-good").click()
    await reopened.locator('[data-testid=error-fake-good][data-code="llm/model-lib-invalid"]').waitFor({ timeout: 20_000 })
    // The options page shows the same manager, from the same worker and storage.
    const options = await browser.context.newPage()
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`)
    await options.locator('[data-testid=models][data-ready="true"]').waitFor()
    await options.locator('[data-testid=model-fake-good][data-state="cached"]').waitFor()
    await options.screenshot({ path: artifact("llm-7a-options.png") })
    await options.close()
    // Delete through the restarted worker: the weights leave the cache.
    await reopened.getByTestId("delete-fake-good").click()
    await reopened.locator('[data-testid=model-fake-good][data-state="not-downloaded"]').waitFor()
    await reopened.screenshot({ path: artifact("llm-7-reconnected.png"), fullPage: true })
    await reopened.close()
  })

  it("overlay: the explanation goes through the LLM client; with no model loaded it is from the templates and says so", async () => {
    const demoPage = await browser.context.newPage()
    await demoPage.goto(stack.demo.url)
    await demoPage.evaluate(() => (window as any).demo.connect())
    const result = demoPage.evaluate(() =>
      (window as any).demo.approveUnlimited().then(
        () => "sent",
        (e: any) => e.code
      )
    )
    expect(await waitForVerdict(demoPage)).toBe("danger")
    const deadline = Date.now() + 10_000
    let text = await overlayText(demoPage)
    while (!/Written (from|by)/.test(text) && Date.now() < deadline) text = (await new Promise((r) => setTimeout(r, 100)), await overlayText(demoPage))
    expect(text).toMatch(/Written from Mamori's templates \(no local model is loaded; load one in Mamori's Models tab/)
    expect(text).toMatch(/The verdict comes from Mamori's rules, not from this text/)
    await demoPage.screenshot({ path: artifact("llm-9-overlay-template.png") })
    await pressReject(demoPage)
    expect(await result).toBe(4001)
    await demoPage.close()
  })

  it("no adapter: without --enable-unsafe-webgpu the manager says there is no WebGPU, and a load says so", async () => {
    const plain = await launchWithExtension({ headless: true, extensionDir: stack.extensionDir })
    try {
      const p = await openModels(plain)
      expect(await p.getByTestId("gpu-check").getAttribute("data-gpu")).toBe("none")
      expect(await p.getByTestId("gpu-check").getAttribute("data-engine")).toBe("cpu")
      expect(await p.getByTestId("gpu-check").innerText()).toMatch(/No WebGPU here, so the CPU engine/)
      expect(await addCustomModel(p, good())).toMatchObject({ ok: true })
      await p.getByTestId("load-fake-good").click()
      const err = p.getByTestId("error-fake-good")
      await err.waitFor({ timeout: 20_000 })
      expect(await err.getAttribute("data-code")).toBe("llm/no-webgpu")
      expect(await err.innerText()).toMatch(/no WebGPU access/)
      await p.screenshot({ path: artifact("llm-8-no-webgpu.png"), fullPage: true })
    } finally {
      await plain.close()
    }
  })
})
