/**
 * A developer's custom art model, end to end in Chromium with the built extension and a devnet: load a weights
 * file in the options page (every problem of a bad one listed), preview it beside the default model, register its
 * locally computed commitment on-chain, mint with it from the popup's model picker, and read the token's metadata
 * back: it names the custom model and its commitment. Then the model is removed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { mamoriArtAbi } from "../../src/chain/abi/mamoriArtAbi"
import { modelRegistryAbi } from "../../src/chain/abi/modelRegistryAbi"
import { tokenIdOf } from "../../src/chain/tokenIdOf"
import { modelCommitment } from "../../src/art/commitment"
import { generateArt } from "../../src/art/generate"
import { defaultWeights, type ArtWeights } from "../../src/art/weights"
import { decodeTokenUri } from "../../src/studio/decodeTokenUri"
import { artifact } from "./support/stack"
import { continueStudioReviews, createFundedAccount, openStudio, startStudioStack, waitForJob, type StudioStack } from "./support/studio"

let stack: StudioStack
const NAME = "e2e custom weights"
const custom: ArtWeights = {
  ...JSON.parse(JSON.stringify(defaultWeights)),
  rho: defaultWeights.rho === 15 ? 14 : defaultWeights.rho + 1,
  beta: defaultWeights.beta === -16 ? -15 : defaultWeights.beta - 1
}
const commitment = modelCommitment(custom)
const hexPixels = (p: Uint8Array) => Array.from(p).join("")

beforeAll(async () => {
  stack = await startStudioStack()
})
afterAll(async () => stack?.stop())

async function openOptions() {
  const page = await stack.browser.context.newPage()
  await page.setViewportSize({ width: 900, height: 1400 })
  await page.goto(`chrome-extension://${stack.browser.extensionId}/options.html`)
  await page.getByTestId("art-models").waitFor()
  return page
}

describe("custom art models", () => {
  it("load → preview → register → mint → tokenURI names the custom model and its commitment; then remove", async () => {
    const popup = await openStudio(stack.browser)
    await createFundedAccount(popup, stack.chain, "art-models-e2e")

    const options = await openOptions()
    // A broken file: each problem gets its own line.
    const broken = { ...JSON.parse(JSON.stringify(defaultWeights)), wc: [[1, 2]], rho: 99 }
    await options.getByTestId("art-model-file").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) })
    const problems = await options.getByTestId("art-model-problems").locator("li").allTextContents()
    expect(problems).toEqual(["wc must be a 4×4 matrix (4 arrays of 4 integers).", "rho = 99 is out of bounds: every weight is in [-16, 15]."])
    await expect(options.getByTestId("art-model-add").count()).resolves.toBe(0)

    // The real file: commitment computed in the page, previews beside the default model.
    await options.getByTestId("art-model-file").setInputFiles({ name: "custom.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(custom)) })
    expect(await options.getByTestId("art-model-commitment").textContent()).toBe(commitment.toString())
    const prompt0 = "a quiet harbour at dawn"
    expect(await options.getByTestId("art-model-preview-custom-0").getAttribute("data-pixels")).toBe(hexPixels(generateArt(prompt0, custom)))
    expect(await options.getByTestId("art-model-preview-default-0").getAttribute("data-pixels")).toBe(hexPixels(generateArt(prompt0)))
    expect(hexPixels(generateArt(prompt0, custom))).not.toBe(hexPixels(generateArt(prompt0)))
    await options.getByTestId("art-model-name").fill(NAME)
    await options.getByTestId("art-model-add").click()
    await options.getByTestId("art-model-entry").waitFor()
    await options.screenshot({ path: artifact("art-models-1-loaded.png"), fullPage: true })
    await options.getByTestId("art-model-register").click()
    await options.getByTestId("art-model-registered").waitFor({ timeout: 60_000 })
    const registry = await stack.client.readContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "REGISTRY" })
    const onChain = await stack.client.readContract({ address: registry, abi: modelRegistryAbi, functionName: "model", args: [commitment] })
    expect(onChain.name).toBe(NAME)
    // Persisted: a fresh options page lists it as registered.
    await options.reload()
    await options.getByTestId("art-model-registered").waitFor()
    await options.screenshot({ path: artifact("art-models-2-registered.png"), fullPage: true })

    // Mint with it from the popup's model picker.
    await popup.reload()
    await popup.getByTestId("tab-studio").click()
    await popup.getByTestId("studio-model").locator(`option[value="${commitment}"]`).waitFor({ state: "attached", timeout: 20_000 })
    await popup.getByTestId("studio-model").selectOption(commitment.toString())
    const prompt = "a harbour drawn by my own weights"
    await popup.getByTestId("studio-prompt").fill(prompt)
    await popup.getByTestId("studio-generate").click()
    await popup.getByTestId("studio-preview-box").waitFor({ timeout: 30_000 })
    expect(await popup.getByTestId("studio-preview").getAttribute("data-pixels")).toBe(hexPixels(generateArt(prompt, custom)))
    // The commit and the reveal are each answered in Mamori's review window, as a user would.
    const reviewer = continueStudioReviews(stack)
    await popup.getByTestId("studio-mint").click()
    const job = await waitForJob(stack, prompt, (j) => j.status === "done" || j.status === "failed", 120_000).finally(() => reviewer.stop())
    expect(job.error).toBeUndefined()
    expect(job.model).toBe(commitment.toString())
    const uri = await stack.client.readContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "tokenURI", args: [tokenIdOf(prompt)] })
    const token = decodeTokenUri(uri)
    expect(token.model).toBe(NAME)
    expect(BigInt(token.modelCommitment)).toBe(commitment)
    expect(hexPixels(token.pixels)).toBe(hexPixels(generateArt(prompt, custom)))
    // The gallery says which model made the token.
    await popup.getByTestId("studio-gallery-model").first().waitFor({ timeout: 20_000 })
    expect(await popup.getByTestId("studio-gallery-model").allTextContents()).toContain(`by ${NAME}`)
    await popup.screenshot({ path: artifact("art-models-3-minted.png"), fullPage: true })

    // Removing it forgets the weights (the on-chain registration stays).
    await options.getByTestId("art-model-remove").click()
    await expect.poll(() => options.getByTestId("art-model-entry").count()).toBe(0)
    const stored = await (await stack.browser.serviceWorker()).evaluate(async () => (await chrome.storage.local.get("studio.artModels"))["studio.artModels"])
    expect(stored).toEqual([])
  })
})
