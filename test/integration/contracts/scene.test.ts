/**
 * The scene architecture on a local chain: registered beside mamori-art-v1 as an IArtArchitecture, the
 * contract's tokenizer equals the TypeScript one, its SVG equals the reference byte for byte, and a real
 * Groth16 proof mints a token whose metadata carries that SVG.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Hex, hexToString, stringToHex } from "viem"
import path from "node:path"
import { ROOT } from "../../../scripts/lib/chain"
import { loadArtifact, SCENE_ARCHITECTURE_ID } from "../../../scripts/lib/contracts"
import { mamoriArtAbi } from "../../../src/chain/abi/mamoriArtAbi"
import { modelRegistryAbi } from "../../../src/chain/abi/modelRegistryAbi"
import { encodeProof } from "../../../src/chain/aigcData"
import { commitmentHash, randomSalt } from "../../../src/chain/commitmentHash"
import { toChainError } from "../../../src/chain/errors"
import { encodeSceneAigcData } from "../../../src/chain/sceneAigcData"
import { generateScene } from "../../../src/art/scene"
import { slotBitmap } from "../../../src/art/scene/tokenize"
import { proveScene } from "../../../src/zk/proveScene"
import { randomPrompt, rng } from "../../../circuits/test/scenePrompts"
import { REAL_PROOFS, setup, type Env } from "./helpers"

const WASM = path.join(ROOT, "assets/zk/scene.wasm")
const ZKEY = path.join(ROOT, "assets/zk/scene_final.zkey")
let env: Env
const architecture = () => env.deployment.sceneArchitecture as Hex
const sceneAbi = () => loadArtifact("SceneArchitecture").abi
const rendererAbi = () => loadArtifact("SceneRenderer").abi

async function expectRevert(p: Promise<unknown>, name: string): Promise<void> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error, `expected ${name}`).toBeDefined()
  expect(toChainError(error).code).toBe(`chain/${name}`)
}

describe.runIf(REAL_PROOFS)("scene architecture on-chain", () => {
  beforeAll(async () => {
    env = await setup()
  }, 180_000)
  afterAll(async () => env?.stop())

  it("is registered as architecture 2 with its default model", async () => {
    expect(architecture()).toBeDefined()
    const model = await env.publicClient.readContract({
      address: env.deployment.registry,
      abi: modelRegistryAbi,
      functionName: "model",
      args: [BigInt(env.deployment.sceneModelCommitment!)]
    })
    expect(model.architectureId).toBe(SCENE_ARCHITECTURE_ID)
  })

  it("splits and hashes words exactly like the TypeScript tokenizer", async () => {
    const r = rng(99)
    const prompts = ["A Lighthouse,in  the STORM!", "港の灯台 and the moon", "x", "...sea...", "ünïcödé-Meadow 2024", "~".repeat(160)]
    for (let i = 0; i < 20; i++) prompts.push(randomPrompt(r))
    for (const prompt of prompts) {
      const slots = await env.publicClient.readContract({ address: architecture(), abi: sceneAbi(), functionName: "slotBitmap", args: [stringToHex(prompt)] })
      expect(slots, prompt).toEqual(slotBitmap(prompt))
    }
  })

  it("draws the reference SVG byte for byte", { timeout: 120_000 }, async () => {
    const renderer = (await env.publicClient.readContract({ address: architecture(), abi: sceneAbi(), functionName: "RENDERER" })) as Hex
    const r = rng(7)
    const prompts = [
      "a lighthouse in a storm at night",
      "lavender fields in provence",
      "moon over the sea, boats and gulls, foggy",
      "sunset over snowy mountains with a castle and a bridge",
      "red city skyline in the rain, a cabin by the river, trees and flowers, stars, sun, beach"
    ]
    for (let i = 0; i < 15; i++) prompts.push(randomPrompt(r))
    for (const prompt of prompts) {
      const art = generateScene(prompt)
      const svg = await env.publicClient.readContract({ address: renderer, abi: rendererAbi(), functionName: "svg", args: [stringToHex(prompt), art.scene.packed] })
      expect(svg, prompt).toBe(art.svg)
    }
  })

  it("mints with a real proof; the token's metadata holds the SVG; a forged scene is refused", { timeout: 180_000 }, async () => {
    const [alice] = env.wallets
    const prompt = "a lighthouse in a storm at midnight"
    const out = await proveScene({ prompt, wasm: WASM, zkey: ZKEY })
    const aigcData = encodeSceneAigcData({ modelCommitment: out.modelCommitment, scene: out.scene })
    const proof = encodeProof(out.calldata)
    const collection = env.deployment.collection
    expect(await env.publicClient.readContract({ address: collection, abi: mamoriArtAbi, functionName: "verify", args: [stringToHex(prompt), aigcData, proof] })).toBe(true)
    const forged = encodeSceneAigcData({ modelCommitment: out.modelCommitment, scene: out.scene ^ (1n << 24n) })
    expect(await env.publicClient.readContract({ address: collection, abi: mamoriArtAbi, functionName: "verify", args: [stringToHex(prompt), forged, proof] })).toBe(false)
    expect(await env.publicClient.readContract({ address: collection, abi: mamoriArtAbi, functionName: "verify", args: [stringToHex(`${prompt}!sea`), aigcData, proof] })).toBe(
      false
    )

    const salt = randomSalt()
    const wait = async (hash: Hex) => env.publicClient.waitForTransactionReceipt({ hash })
    await wait(await alice!.writeContract({ address: collection, abi: mamoriArtAbi, functionName: "commit", args: [commitmentHash(alice!.account.address, prompt, salt)] }))
    await expectRevert(
      alice!.writeContract({ address: collection, abi: mamoriArtAbi, functionName: "reveal", args: [stringToHex(prompt), forged, proof, salt] }),
      "MamoriArt__InvalidProof"
    )
    const receipt = await wait(await alice!.writeContract({ address: collection, abi: mamoriArtAbi, functionName: "reveal", args: [stringToHex(prompt), aigcData, proof, salt] }))
    expect(receipt.status).toBe("success")
    console.log(`scene reveal-and-mint gas: ${receipt.gasUsed}`)

    const id = BigInt(
      receipt.logs.length > 0 ? await env.publicClient.readContract({ address: collection, abi: mamoriArtAbi, functionName: "tokenId", args: [stringToHex(prompt)] }) : 0n
    )
    expect(await env.publicClient.readContract({ address: collection, abi: mamoriArtAbi, functionName: "aigcDataOf", args: [id] })).toBe(aigcData)
    expect(await env.publicClient.readContract({ address: collection, abi: mamoriArtAbi, functionName: "prompt", args: [id] })).toBe(prompt)
    const [committedAt] = await env.publicClient.readContract({ address: collection, abi: mamoriArtAbi, functionName: "standingOf", args: [id] })
    expect(committedAt).toBeGreaterThan(0n)
    const uri = await env.publicClient.readContract({ address: collection, abi: mamoriArtAbi, functionName: "tokenURI", args: [id] })
    const json = JSON.parse(Buffer.from(uri.replace("data:application/json;base64,", ""), "base64").toString("utf8"))
    expect(json.prompt).toBe(prompt)
    expect(json.model).toBe("Mamori scene")
    const svg = Buffer.from(String(json.image).replace("data:image/svg+xml;base64,", ""), "base64").toString("utf8")
    expect(svg).toBe(generateScene(prompt).svg)
    expect(hexToString(stringToHex(prompt))).toBe(prompt)
  })

  it("mints the tokenizer's worst case (160 bytes, 80 words) within 500k gas", { timeout: 180_000 }, async () => {
    const [, bob] = env.wallets
    const prompt = "a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9 ".repeat(3).slice(0, 160)
    const out = await proveScene({ prompt, wasm: WASM, zkey: ZKEY })
    const collection = env.deployment.collection
    const salt = randomSalt()
    const wait = async (hash: Hex) => env.publicClient.waitForTransactionReceipt({ hash })
    await wait(await bob!.writeContract({ address: collection, abi: mamoriArtAbi, functionName: "commit", args: [commitmentHash(bob!.account.address, prompt, salt)] }))
    const aigcData = encodeSceneAigcData({ modelCommitment: out.modelCommitment, scene: out.scene })
    const receipt = await wait(
      await bob!.writeContract({ address: collection, abi: mamoriArtAbi, functionName: "reveal", args: [stringToHex(prompt), aigcData, encodeProof(out.calldata), salt] })
    )
    console.log(`scene reveal-and-mint gas, 160-byte 80-word prompt: ${receipt.gasUsed}`)
    expect(receipt.gasUsed).toBeLessThanOrEqual(500_000n)
  })
})
