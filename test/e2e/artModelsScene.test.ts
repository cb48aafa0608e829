/**
 * Custom weights of the scene architecture (mamori-scene-v1), loaded the same way as those of mamori-art-v1:
 * the options page lists every problem of a bad file, previews the loaded weights beside the default scene model,
 * registers the locally computed commitment under architecture 2; the popup's model picker switches to the scene
 * architecture for it, previews it with onnxruntime-web, and mints it; the token's metadata names the model and
 * its on-chain SVG is the custom scene.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { generateScene } from "../../src/art/scene"
import { defaultSceneWeights, sceneModelCommitment, type SceneWeights } from "../../src/art/scene/sceneModel"
import { DIMS } from "../../src/art/scene/vocabulary"
import { mamoriArtAbi } from "../../src/chain/abi/mamoriArtAbi"
import { modelRegistryAbi } from "../../src/chain/abi/modelRegistryAbi"
import { ARCHITECTURES } from "../../src/studio/architecture"
import { artifact } from "./support/stack"
import { continueStudioReviews, createFundedAccount, generateScenePreview, onchainMetadata, openStudio, startStudioStack, type StudioStack, waitForJob } from "./support/studio"

let stack: StudioStack
const NAME = "e2e dusky scenes"
// The default scene model with less light: every picture it draws is darker.
const custom: SceneWeights = defaultSceneWeights()
custom.bias[DIMS.indexOf("light")]! -= 3
const commitment = sceneModelCommitment(custom)

beforeAll(async () => {
  stack = await startStudioStack()
})
afterAll(async () => stack?.stop())

describe("custom weights of the scene architecture", () => {
  it("load → problems listed / preview beside the default → register as architecture 2 → mint from the popup → on-chain SVG of the custom scene", async () => {
    const popup = await openStudio(stack.browser)
    await createFundedAccount(popup, stack.chain, "scene-models-e2e")

    const options = await stack.browser.context.newPage()
    await options.setViewportSize({ width: 900, height: 1400 })
    await options.goto(`chrome-extension://${stack.browser.extensionId}/options.html`)
    await options.getByTestId("art-models").waitFor()

    // A broken scene file: one line per problem.
    const broken = { rows: custom.rows.slice(1), bias: custom.bias.map((v, i) => (i === 0 ? 12 : v)) }
    await options.getByTestId("art-model-file").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) })
    const problems = await options.getByTestId("art-model-problems").locator("li").allTextContents()
    expect(problems).toEqual([
      `rows must be an array of ${custom.rows.length} rows, one per vocabulary concept (unknown, stop, dawn, noon, …); it has ${custom.rows.length - 1}.`,
      "bias[0] (light) = 12 is out of bounds: every entry is in [-8, 7]."
    ])
    expect(await options.getByTestId("art-model-add").count()).toBe(0)

    await options.getByTestId("art-model-file").setInputFiles({ name: "dusky.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(custom)) })
    expect(await options.getByTestId("art-model-architecture").textContent()).toBe("mamori-scene-v1")
    expect(await options.getByTestId("art-model-commitment").textContent()).toBe(commitment.toString())
    const prompt0 = "a quiet harbour at dawn"
    expect(await options.getByTestId("art-model-preview-default-0").getAttribute("data-svg")).toBe(generateScene(prompt0).svg)
    expect(await options.getByTestId("art-model-preview-custom-0").getAttribute("data-svg")).toBe(generateScene(prompt0, custom).svg)
    expect(generateScene(prompt0, custom).svg).not.toBe(generateScene(prompt0).svg)
    await options.getByTestId("art-model-name").fill(NAME)
    await options.getByTestId("art-model-add").click()
    await options.getByTestId("art-model-entry").waitFor()
    await options.getByTestId("art-model-register").click()
    await options.getByTestId("art-model-registered").waitFor({ timeout: 60_000 })
    await options.screenshot({ path: artifact("art-models-scene-1-registered.png"), fullPage: true })
    const registry = await stack.client.readContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "REGISTRY" })
    const onChain = await stack.client.readContract({ address: registry, abi: modelRegistryAbi, functionName: "model", args: [commitment] })
    expect(onChain.name).toBe(NAME)
    expect(onChain.architectureId).toBe(ARCHITECTURES.scene.registryId)

    // The popup: picking the model (while the pixel architecture is selected) switches to the scene architecture.
    await popup.reload()
    await popup.getByTestId("tab-studio").click()
    await popup.getByTestId("studio-model").locator(`option[value="${commitment}"]`).waitFor({ state: "attached", timeout: 20_000 })
    await popup.getByTestId("studio-architecture").selectOption("art")
    await popup.getByTestId("studio-model").selectOption(commitment.toString())
    expect(await popup.getByTestId("studio-architecture").inputValue()).toBe("scene")
    const prompt = "a harbour at dusk drawn by my own scene weights"
    const preview = await generateScenePreview(popup, prompt, commitment.toString())
    expect(preview.svg).toBe(generateScene(prompt, custom).svg)
    expect(preview.svg).not.toBe(generateScene(prompt).svg)

    const reviewer = continueStudioReviews(stack)
    await popup.getByTestId("studio-mint").click()
    const job = await waitForJob(stack, prompt, (j) => j.status === "done" || j.status === "failed", 150_000).finally(() => reviewer.stop())
    expect(job.error).toBeUndefined()
    expect(job).toMatchObject({ architecture: "scene", model: commitment.toString() })
    const meta = await onchainMetadata(stack, prompt)
    expect(meta.model).toBe(NAME)
    expect(BigInt(meta.modelCommitment)).toBe(commitment)
    expect(meta.svg).toBe(preview.svg)
    await popup.getByTestId("studio-gallery-model").first().waitFor({ timeout: 20_000 })
    expect(await popup.getByTestId("studio-gallery-model").allTextContents()).toContain(`by ${NAME}`)
    await popup.screenshot({ path: artifact("art-models-scene-2-minted.png"), fullPage: true })
  })
})
