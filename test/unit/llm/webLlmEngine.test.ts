import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { MLCEngineConfig, MLCEngineInterface } from "@mlc-ai/web-llm"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { WebLlmEngine } from "../../../background/llm/webLlmEngine"
import type { LlmProgress } from "../../../src/llm/engine"
import { LlmAbortedError, ModelLibInvalidError, NoWebGpuError, UnknownModelError } from "../../../src/llm/errors"
import type { GpuAdapterDescription } from "../../../src/llm/webgpu/gpuDescription"
import { memoryArtifactStore } from "../../../src/models/artifactStore"
import type { CustomModelEntry } from "../../../src/models/customModelTypes"
import { serveDirectory, type DirectoryServer } from "../../fixtures-llm/serveDirectory"
import { writeFakeModel } from "../../fixtures-llm/writeFakeModel"

/** Stands in for web-llm's MLCEngine: records calls, reports init progress, streams chunks. */
class FakeMlcEngine {
  reloads: string[] = []
  interrupted = 0
  unloads = 0
  failReloadWith?: Error
  hangReload = false
  reply = ["Reject ", "this ", "request."]
  private releaseHang?: () => void
  constructor(private readonly config: MLCEngineConfig) {}
  setAppConfig() {}
  async reload(id: string) {
    this.reloads.push(id)
    this.config.initProgressCallback?.({ progress: 0.5, timeElapsed: 0, text: "Loading model from cache[1/2]: 1MB loaded. 50% completed, 0 secs elapsed." })
    if (this.hangReload) await new Promise<void>((r) => (this.releaseHang = r)) // web-llm returns quietly once unloaded
    if (this.failReloadWith) throw this.failReloadWith
    this.config.initProgressCallback?.({ progress: 1, timeElapsed: 1, text: "Finish loading on WebGPU - fake" })
  }
  async unload() {
    this.unloads++
    this.releaseHang?.()
  }
  interruptGenerate() {
    this.interrupted++
  }
  chat = {
    completions: {
      create: async () => {
        const self = this
        return (async function* () {
          for (const text of self.reply) {
            if (self.interrupted) return
            await new Promise((r) => setTimeout(r, 2))
            yield { choices: [{ delta: { content: text } }] }
          }
        })()
      }
    }
  }
}

const hardware: GpuAdapterDescription = { available: true, isFallbackAdapter: false, features: ["shader-f16"], limits: {} }
let root: string
let server: DirectoryServer
let entries: CustomModelEntry[]

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "mamori-webllm-"))
  await writeFakeModel(root, { name: "good", shardBytes: 8192 })
  server = await serveDirectory(root)
  entries = [{ record: { model: `${server.origin}/good`, model_id: "custom-good", model_lib: `${server.origin}/libs/good.wasm` }, contextWindow: 2048, addedAt: 0 }]
})

afterAll(async () => {
  await server?.close()
  await rm(root, { recursive: true, force: true })
})

function setup(over: Partial<ConstructorParameters<typeof WebLlmEngine>[0]> = {}) {
  let fake: FakeMlcEngine | undefined
  const store = memoryArtifactStore()
  const engine = new WebLlmEngine({
    customModels: async () => entries,
    store,
    fetch: (u, i) => fetch(u, i),
    checkModelLib: false,
    probe: async () => hardware,
    createEngine: (config) => (fake = new FakeMlcEngine(config)) as unknown as MLCEngineInterface,
    ...over
  })
  return { engine, store, fake: () => fake! }
}

describe("WebLlmEngine (web-llm replaced by a fake MLCEngine)", () => {
  it("downloads with progress, lets web-llm load from cache, and does not reload the loaded model", async () => {
    const { engine, store, fake } = setup()
    const phases: LlmProgress["phase"][] = []
    await engine.load("custom-good", { onProgress: (p) => phases.push(p.phase) })
    expect(engine.loadedModelId()).toBe("custom-good")
    expect(fake().reloads).toEqual(["custom-good"])
    expect(new Set(phases)).toEqual(new Set(["config", "download", "model-lib", "load-gpu", "ready"]))
    expect(await store.has("webllm/model", `${server.origin}/good/resolve/main/params_shard_1.bin`)).toBe(true)
    const before = server.requests.length
    await engine.load("custom-good")
    await engine.load({ modelId: "custom-good" })
    expect(fake().reloads).toHaveLength(1)
    expect(server.requests.length).toBe(before)
  })

  it("streams chat deltas, and interrupts web-llm on abort", async () => {
    const { engine, fake } = setup()
    await engine.load("custom-good")
    let text = ""
    for await (const part of engine.complete([{ role: "user", content: "hi" }])) text += part
    expect(text).toBe("Reject this request.")
    const controller = new AbortController()
    await expect(
      (async () => {
        for await (const _ of engine.complete([{ role: "user", content: "hi" }], { signal: controller.signal })) controller.abort()
      })()
    ).rejects.toBeInstanceOf(LlmAbortedError)
    expect(fake().interrupted).toBe(1)
  })

  it("maps web-llm failures to typed errors", async () => {
    const { engine, fake } = setup()
    await engine.load("custom-good")
    await engine.unload()
    fake().failReloadWith = Object.assign(new Error("Device was lost"), { name: "DeviceLostError" })
    await expect(engine.load("custom-good")).rejects.toMatchObject({ code: "llm/out-of-memory" })
    expect(engine.isLoaded()).toBe(false)
    await expect(engine.load("no-such-model")).rejects.toBeInstanceOf(UnknownModelError)
  })

  it("turns a quiet return from an aborted reload into LlmAbortedError", async () => {
    const { engine, fake } = setup()
    const controller = new AbortController()
    const pending = engine.load("custom-good", {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === "load-gpu") controller.abort()
      }
    })
    await expect(pending).rejects.toBeInstanceOf(LlmAbortedError)
    expect(fake().unloads).toBe(1) // the abort unloaded web-llm, which makes its reload() return
    expect(engine.isLoaded()).toBe(false)
  })

  it("fails before downloading when there is no adapter", async () => {
    const { engine } = setup({ probe: async () => ({ available: false, unavailableReason: "navigator.gpu is undefined", features: [], limits: {} }) })
    const before = server.requests.length
    const error = await engine.load("custom-good").catch((e) => e)
    expect(error).toBeInstanceOf(NoWebGpuError)
    expect(error.details).toBe("navigator.gpu is undefined")
    expect(server.requests.length).toBe(before)
  })

  it("refuses a software adapter unless allowed", async () => {
    const swiftShader = { ...hardware, isFallbackAdapter: true, info: { vendor: "google", architecture: "swiftshader" } }
    const refused = await setup({ probe: async () => swiftShader })
      .engine.load("custom-good")
      .catch((e) => e)
    expect(refused.code).toBe("llm/fallback-adapter")
    expect(refused.details).toBe("google swiftshader")
    const allowed = setup({ probe: async () => swiftShader, allowFallbackAdapter: true })
    await allowed.engine.load("custom-good")
    expect(allowed.engine.loadedModelId()).toBe("custom-good")
  })

  it("rejects a model library without TVM's functions before web-llm runs it", async () => {
    const { engine, fake } = setup({ checkModelLib: true })
    const error = await engine.load("custom-good").catch((e) => e)
    expect(error).toBeInstanceOf(ModelLibInvalidError)
    expect(error.shortMessage).toMatch(/it lacks memory, TVMWasmAllocSpace/)
    expect(fake()).toBeUndefined() // web-llm was never created
  })
})
