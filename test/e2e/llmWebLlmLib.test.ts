/**
 * The WebGPU path with a real WebLLM model library (issue 16), opt-in: set `MAMORI_WEBLLM_LIB` to an MLC
 * model library (.wasm) built for the installed web-llm. Weights matching the library's own parameter
 * metadata are generated with random values (test/fixtures-llm/mlcLibModel.ts), so nothing is downloaded;
 * both are served over loopback, added as a custom WebGPU model in the built extension, loaded by the real
 * web-llm engine and asked for tokens. How to run it on a machine with a GPU: background/llm/README.md.
 *
 *   MAMORI_WEBLLM_LIB=/path/to/Qwen2.5-0.5B-Instruct-q4f16_1-ctx4k_cs1k-webgpu.wasm \
 *     npx vitest run --config vitest.e2e.config.ts test/e2e/llmWebLlmLib.test.ts
 *
 * `MAMORI_WEBLLM_HEADFUL=1` runs a visible Chromium (a real GPU is more often used there than headless);
 * `MAMORI_WEBLLM_ALLOW_SOFTWARE=1` accepts a software adapter (SwiftShader: minutes of shader compilation,
 * and no shader-f16, so only f32 libraries). Without MAMORI_WEBLLM_LIB the test is skipped and says why.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { readMlcLibMetadata, writeMlcModelForLib } from "../fixtures-llm/mlcLibModel"
import { serveDirectory, type DirectoryServer } from "../fixtures-llm/serveDirectory"
import { addCustomModel, openModels } from "./support/llmPopup"
import { portRequest, startLlmStack, type LlmStack } from "./support/llmStack"
import { artifact } from "./support/stack"

const LIB = process.env.MAMORI_WEBLLM_LIB
const SKIP_REASON = LIB
  ? undefined
  : "skipped: set MAMORI_WEBLLM_LIB to a WebLLM model library (.wasm) to run it (no library for this web-llm is published in a package; see background/llm/README.md)"
if (SKIP_REASON) console.log(`WebLLM with a real model library: ${SKIP_REASON}`)

describe.skipIf(!LIB)(`WebLLM with a real model library${SKIP_REASON ? ` (${SKIP_REASON})` : ""}`, () => {
  let stack: LlmStack
  let files: DirectoryServer
  let root: string
  let page: Page
  const figures: string[] = []
  const name = "real-lib"

  beforeAll(async () => {
    if (!existsSync(LIB!)) throw new Error(`MAMORI_WEBLLM_LIB=${LIB} does not exist`)
    const lib = readFileSync(LIB!)
    const metadata = readMlcLibMetadata(lib)
    root = mkdtempSync(path.join(tmpdir(), "mamori-webllm-lib-"))
    const t0 = Date.now()
    const model = await writeMlcModelForLib(root, { name, metadata })
    figures.push(
      `webllm-lib: ${path.basename(LIB!)}: ${metadata.model_type} ${metadata.quantization}, ${metadata.params.length} parameters, vocabulary ${model.vocabSize}, ${(model.paramBytes / 2 ** 20).toFixed(0)} MB of weights written in ${Date.now() - t0} ms`
    )
    writeFileSync(path.join(root, `${name}.wasm`), lib)
    files = await serveDirectory(root, { chunkBytes: 1024 * 1024 })
    stack = await startLlmStack({ headless: !process.env.MAMORI_WEBLLM_HEADFUL })
  }, 600_000)
  afterAll(async () => {
    await stack?.stop()
    await files?.close()
    if (root) rmSync(root, { recursive: true, force: true })
    if (figures.length) console.log(figures.join("\n"))
  })

  it("loads the library with generated weights and streams tokens from the real web-llm engine", { timeout: 20 * 60_000 }, async () => {
    page = await openModels(stack.browser)
    const gpu = await page.getByTestId("gpu-check").getAttribute("data-gpu")
    figures.push(`webllm-adapter: ${gpu}`)
    if (process.env.MAMORI_WEBLLM_ALLOW_SOFTWARE && (await page.getByTestId("gpu-check").getAttribute("data-usable")) !== "true") {
      await page.getByTestId("allow-fallback").click()
      await page.locator('[data-testid=gpu-check][data-usable="true"]').waitFor()
    }
    expect(await page.getByTestId("gpu-check").getAttribute("data-usable"), "no usable WebGPU adapter (MAMORI_WEBLLM_ALLOW_SOFTWARE=1 accepts a software one)").toBe("true")
    const added = await addCustomModel(page, {
      engine: "webgpu",
      id: name,
      modelUrl: `${files.origin}/${name}`,
      modelLibUrl: `${files.origin}/${name}.wasm`,
      contextWindow: "1024"
    })
    expect(added, JSON.stringify(added)).toMatchObject({ ok: true })
    const t0 = Date.now()
    await page.getByTestId(`load-${name}`).click()
    const done = page.locator(`[data-testid=note-${name}], [data-testid=error-${name}]`)
    await done.first().waitFor({ timeout: 18 * 60_000 })
    const error = page.getByTestId(`error-${name}`)
    expect(await error.count(), (await error.count()) ? await error.innerText() : "").toBe(0)
    expect(await page.getByTestId(`note-${name}`).innerText()).toBe("Loaded onto the GPU.")
    figures.push(`webllm-load-ms: ${Date.now() - t0} ms`)
    await page.screenshot({ path: artifact("llm-webllm-lib-loaded.png"), fullPage: true })

    const messages = [{ role: "user", content: "Explain this approval in one paragraph." }]
    const run = await portRequest(page, { kind: "complete", messages, maxTokens: 48, temperature: 0 })
    expect(run.end, JSON.stringify(run.error)).toBe("done")
    expect(run.status).toMatchObject({ loadedModelId: name })
    expect(run.deltas.length).toBeGreaterThanOrEqual(8)
    expect(new Set(run.times.map((t) => Math.round(t / 5))).size).toBeGreaterThan(4)
    figures.push(`webllm-first-token-ms: ${Math.round(run.times[0]!)} ms`)
    figures.push(`webllm-tokens-per-s: ${((run.deltas.length - 1) / ((run.times.at(-1)! - run.times[0]!) / 1000)).toFixed(1)} tok/s`)
    // Cancelling stops the stream.
    const cancelled = await portRequest(page, { kind: "complete", messages, maxTokens: 200, temperature: 0 }, 4)
    expect(cancelled.error?.code).toBe("llm/aborted")
    expect(cancelled.deltas.length).toBeLessThan(200)
  })
})
