/**
 * The scene architecture (mamori-scene-v1) from the popup, end to end in Chromium with the built extension and
 * a devnet: it is the default architecture, its ONNX preview in the browser draws the reference SVG, the same
 * resumable mint job (commit → proof in the offscreen worker → reveal, each answered in Mamori's review window)
 * mints it, and the token's on-chain image is the SVG the preview showed, byte for byte. The job survives the
 * service worker being stopped while proving; a dead RPC is a typed error shown with Retry.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { generateScene } from "../../src/art/scene"
import { defaultSceneWeights, sceneModelCommitment } from "../../src/art/scene/sceneModel"
import { artifact } from "./support/stack"
import {
  commitsBy,
  continueStudioReviews,
  createFundedAccount,
  generate,
  generateScenePreview,
  onchainMetadata,
  openStudio,
  pointStudioAt,
  startStudioStack,
  stopServiceWorker,
  storedJobs,
  type StudioStack,
  waitForJob
} from "./support/studio"

let stack: StudioStack
let account: `0x${string}`
let reviews: ReturnType<typeof continueStudioReviews>
const figures: string[] = []

beforeAll(async () => {
  stack = await startStudioStack()
  reviews = continueStudioReviews(stack)
})
afterAll(async () => {
  reviews?.stop()
  await stack?.stop()
  for (const f of figures) console.log(f)
})

describe("Studio: the scene architecture in the browser", () => {
  it("is the default; mints from the popup and the token's on-chain SVG is the previewed scene", async () => {
    const page = await openStudio(stack.browser)
    expect(await page.getByTestId("studio-architecture").inputValue()).toBe("scene")
    account = await createFundedAccount(page, stack.chain, "scene-e2e-password")
    const prompt = "a lighthouse in a storm at night"
    const preview = await generateScenePreview(page, prompt)
    // onnxruntime-web in the browser drew what the TypeScript reference draws (and the renderer will).
    expect(preview.svg).toBe(generateScene(prompt).svg)
    const other = await generateScenePreview(page, "lavender fields in provence at noon")
    expect(other.svg).not.toBe(preview.svg)
    const again = await generateScenePreview(page, prompt)
    expect(again.svg).toBe(preview.svg)
    figures.push(`scene-preview-ms: ${again.ms} ms`)
    await page.screenshot({ path: artifact("studio-scene-1-preview.png") })

    const started = Date.now()
    await page.getByTestId("studio-mint").click()
    const job = await waitForJob(stack, prompt, (j) => j.status === "done", 120_000)
    expect(job).toMatchObject({ architecture: "scene", commits: [expect.anything()] })
    // The scene's aigcData: abi.encode(modelCommitment, scene), 64 bytes.
    expect(job.proof.aigcData).toMatch(/^0x[0-9a-f]{128}$/)
    expect(BigInt(job.proof.aigcData.slice(0, 66))).toBe(sceneModelCommitment(defaultSceneWeights()))
    const meta = await onchainMetadata(stack, prompt)
    expect(meta.svg).toBe(preview.svg)
    expect(meta.model).toBe("Mamori scene")
    expect(meta.prompt).toBe(prompt)
    expect(reviews.answered()).toBeGreaterThanOrEqual(2)
    await page.getByTestId("studio-token").waitFor({ timeout: 20_000 })
    expect(await page.getByTestId("studio-onchain-image").getAttribute("data-svg")).toBe(preview.svg)
    const item = page.locator("[data-testid=studio-gallery-item][data-architecture=scene]")
    await item.first().waitFor({ timeout: 20_000 })
    expect(await item.first().getByTestId("studio-gallery-architecture").textContent()).toBe("mamori-scene-v1")
    expect(await item.first().getByTestId("studio-gallery-model").textContent()).toBe("by Mamori scene")
    await page.screenshot({ path: artifact("studio-scene-2-minted.png"), fullPage: true })
    figures.push(`scene-proof-ms: ${job.proof.ms} ms`, `scene-mint-total-ms: ${Date.now() - started} ms`, `scene-reveal-gas: ${job.reveals[0].gasUsed} gas`)
    await page.close()
  })

  it("the same prompt with the pixel architecture is refused typed before proving (a prompt mints once)", async () => {
    const page = await openStudio(stack.browser)
    const prompt = "a lighthouse in a storm at night"
    await generate(page, prompt)
    await page.getByTestId("studio-mint").click()
    let refused: any
    for (let i = 0; i < 300 && refused?.status !== "failed"; i++) {
      refused = (await storedJobs(stack.browser)).find((j) => j.prompt === prompt && j.architecture === undefined)
      await new Promise((r) => setTimeout(r, 100))
    }
    expect(refused).toMatchObject({ status: "failed", step: "created", error: { code: "mint/already-owned", retryable: false } })
    expect(refused.commits).toHaveLength(0)
    await page.locator("[data-testid=studio-job-error][data-code='mint/already-owned']").waitFor({ timeout: 20_000 })
    expect(await page.getByTestId("studio-retry").count()).toBe(0)
    expect(await commitsBy(stack, account)).toBe(1)
    await page.close()
  })

  it("survives the service worker being stopped while the scene is proved", async () => {
    const page = await openStudio(stack.browser)
    const prompt = "moon over the sea, boats and gulls, foggy"
    const preview = await generateScenePreview(page, prompt)
    await page.getByTestId("studio-mint").click()
    await waitForJob(stack, prompt, (j) => j.step === "proving")
    await stopServiceWorker(stack.browser, page)
    const job = await waitForJob(stack, prompt, (j) => j.status === "done", 120_000)
    expect(job.architecture).toBe("scene")
    expect(job.commits).toHaveLength(1)
    expect((await onchainMetadata(stack, prompt)).svg).toBe(preview.svg)
    expect(await commitsBy(stack, account)).toBe(2) // the refused pixel mint paid none
    await page.close()
  })

  it("shows a dead RPC as a typed, retryable error; Retry mints once it is back", async () => {
    const page = await openStudio(stack.browser)
    const prompt = "red city skyline at dusk with a tower"
    const preview = await generateScenePreview(page, prompt)
    await pointStudioAt(stack.browser, "http://127.0.0.1:9", stack.collection)
    await page.getByTestId("studio-mint").click()
    const failed = await waitForJob(stack, prompt, (j) => j.status === "failed", 120_000)
    expect(failed).toMatchObject({ architecture: "scene", error: { code: "mint/rpc-down", retryable: true } })
    expect(failed.commits).toHaveLength(0)
    await page.getByTestId("studio-job-error").waitFor()
    expect(await page.getByTestId("studio-job-error").getAttribute("data-code")).toBe("mint/rpc-down")
    await page.screenshot({ path: artifact("studio-scene-3-rpc-down.png"), fullPage: true })
    await pointStudioAt(stack.browser, stack.chain.rpcUrl, stack.collection)
    const retry = page.getByTestId("studio-retry")
    if (await retry.isVisible()) await retry.click()
    const job = await waitForJob(stack, prompt, (j) => j.status === "done", 120_000)
    expect(job.commits).toHaveLength(1)
    expect((await onchainMetadata(stack, prompt)).svg).toBe(preview.svg)
    await page.close()
  })
})
