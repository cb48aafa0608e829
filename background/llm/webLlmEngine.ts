import {
  deleteModelAllInfoInCache,
  hasModelInCache,
  MLCEngine,
  prebuiltAppConfig,
  type AppConfig,
  type ChatCompletionMessageParam,
  type MLCEngineConfig,
  type MLCEngineInterface,
  type ModelRecord
} from "@mlc-ai/web-llm"
import { modelIdOf, progressEvent, type ChatMessage, type GenerateOptions, type LlmEngine, type LoadOptions, type ModelCacheManager, type ModelRef } from "../../src/llm/engine"
import { errorMessage } from "../../src/errors/base"
import { FallbackAdapterError, LlmAbortedError, ModelLibInvalidError, ModelNotLoadedError, NoWebGpuError, UnknownModelError } from "../../src/llm/errors"
import { OneLoadAtATime } from "../../src/llm/oneLoadAtATime"
import { missingModelLibExports } from "../../src/llm/modelLib/checkModelLibExports"
import { parseWebLlmProgress } from "../../src/llm/progress/parseWebLlmProgress"
import { toLlmError } from "../../src/llm/toLlmError"
import type { GpuAdapterDescription } from "../../src/llm/webgpu/gpuDescription"
import type { ArtifactStore } from "../../src/models/artifactStore"
import type { CustomModelEntry } from "../../src/models/customModelTypes"
import { downloadModel, type DownloadModelReturnType } from "../../src/models/downloadModel"
import { fetchChecked, type FetchLike } from "../../src/models/fetchChecked"
import { CHAT_CONFIG_FILE, resolveModelBaseUrl, TENSOR_CACHE_FILE } from "../../src/models/modelLayout"
import { cacheArtifactStore } from "./cacheArtifactStore"
import { probeWebGpu } from "./probeWebGpu"

export type WebLlmEngineOptions = {
  /** The developer's custom models (e.g. `() => customModelStore.list()`); read at every load. */
  customModels?: () => Promise<readonly CustomModelEntry[]>
  /**
   * Makes the web-llm engine. Default: an in-process `MLCEngine` (use this in the service worker or an
   * offscreen document, wherever the model should live).
   */
  createEngine?: (config: MLCEngineConfig) => MLCEngineInterface
  fetch?: FetchLike
  /** Where files are downloaded to; default the Cache API under web-llm's cache names. */
  store?: ArtifactStore
  /** Download every file with Mamori's progress, cancel and errors before web-llm loads (default true). */
  predownload?: boolean
  /** Compile the model library and check it has TVM's functions before web-llm runs it (default true). */
  checkModelLib?: boolean
  /** Reads the WebGPU adapter (default `probeWebGpu`); a load fails early, before downloading, when none. */
  probe?: () => Promise<GpuAdapterDescription>
  /**
   * Load even on a software (fallback) adapter such as SwiftShader. Off by default: a model there takes
   * minutes per sentence, so `load` fails with `FallbackAdapterError`. Tests turn it on to drive the real
   * engine headless.
   */
  allowFallbackAdapter?: boolean
}

/**
 * The real `LlmEngine`: web-llm on WebGPU. Loading first downloads the model into web-llm's own caches
 * (byte progress, cancel, resumable, one clear error per failure), checks the model library, then lets
 * web-llm load from cache onto the GPU. Loading the model already loaded does nothing.
 */
export class WebLlmEngine implements LlmEngine, ModelCacheManager {
  readonly kind = "web-llm"
  private engine?: MLCEngineInterface
  private current?: string
  private readonly loads = new OneLoadAtATime()
  private onProgress?: LoadOptions["onProgress"]
  private readonly fetch: FetchLike
  private readonly store: ArtifactStore

  constructor(private readonly options: WebLlmEngineOptions = {}) {
    this.fetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init))
    this.store = options.store ?? cacheArtifactStore()
  }

  isLoaded(): boolean {
    return this.current !== undefined
  }

  loadedModelId(): string | undefined {
    return this.current
  }

  /** web-llm's app config: its prebuilt list plus the custom models, cached in the Cache API. */
  async appConfig(): Promise<AppConfig> {
    // CPU (GGUF) custom models are the CPU engine's, not web-llm's.
    const custom = ((await this.options.customModels?.()) ?? []).filter((c) => c.engine !== "cpu")
    return { model_list: [...prebuiltAppConfig.model_list, ...custom.map((c) => c.record as ModelRecord)], cacheBackend: "cache" }
  }

  async load(modelRef: ModelRef, options: LoadOptions = {}): Promise<void> {
    const id = modelIdOf(modelRef)
    await this.loads.load(
      id,
      (loaded) => this.current === loaded,
      () => this.loadNow(id, options)
    )
  }

  /** Downloads a model into the cache without loading it onto the GPU (the model manager's Download button). */
  async download(modelId: string, { onProgress, signal }: LoadOptions = {}): Promise<DownloadModelReturnType> {
    const record = this.recordIn(await this.appConfig(), modelId)
    return downloadModel(record, { fetch: this.fetch, store: this.store, onProgress, signal })
  }

  /** Whether the model's weights are all in the cache (web-llm's own check). */
  async isCached(modelId: string): Promise<boolean> {
    const config = await this.appConfig()
    this.recordIn(config, modelId)
    return hasModelInCache(modelId, config)
  }

  /** Deletes the model's weights, tokenizer, config and library from the cache (unloading it first). */
  async deleteModel(modelId: string): Promise<void> {
    const config = await this.appConfig()
    const record = this.recordIn(config, modelId)
    if (this.current === modelId) await this.unload()
    const base = resolveModelBaseUrl(record.model)
    const manifestUrl = new URL(TENSOR_CACHE_FILE, base).href
    // web-llm's delete reads the shard list through its cache and would download the manifest if it is
    // not cached: only call it when the manifest is there.
    if (await this.store.has("webllm/model", manifestUrl)) await deleteModelAllInfoInCache(modelId, config)
    // It leaves the manifest itself, and nothing else is needed when the model was never downloaded.
    await this.store.delete("webllm/model", manifestUrl)
    await this.store.delete("webllm/config", new URL(CHAT_CONFIG_FILE, base).href)
    await this.store.delete("webllm/wasm", record.model_lib)
  }

  async unload(): Promise<void> {
    this.current = undefined
    await this.engine?.unload()
  }

  async *complete(messages: readonly ChatMessage[], { signal, maxTokens, temperature }: GenerateOptions = {}): AsyncIterable<string> {
    const engine = this.engine
    if (!engine || !this.current) throw new ModelNotLoadedError()
    if (signal?.aborted) throw new LlmAbortedError("Generation")
    const stop = () => engine.interruptGenerate()
    signal?.addEventListener("abort", stop, { once: true })
    let finished = false
    try {
      const chunks = await engine.chat.completions.create({
        messages: messages.map((m) => ({ role: m.role, content: m.content }) as ChatCompletionMessageParam),
        stream: true,
        max_tokens: maxTokens,
        temperature
      })
      for await (const chunk of chunks) {
        const text = chunk.choices[0]?.delta?.content
        if (text) yield text
        if (signal?.aborted) break
      }
      finished = true
    } catch (error) {
      finished = true
      throw toLlmError(error, { modelId: this.current })
    } finally {
      signal?.removeEventListener("abort", stop)
      // The consumer stopped reading early: stop web-llm decoding for nobody.
      if (!finished) engine.interruptGenerate()
    }
    if (signal?.aborted) throw new LlmAbortedError("Generation")
  }

  private async loadNow(id: string, { onProgress, signal }: LoadOptions): Promise<void> {
    const config = await this.appConfig()
    const record = this.recordIn(config, id)
    // web-llm reports progress only once the model library runs; a plain failure before that, with the
    // files already downloaded and checked, comes from instantiating the library.
    let stage: "prepare" | "reload" = "prepare"
    let webLlmReported = false
    try {
      // No adapter: say so before downloading hundreds of MB that could not be used.
      const gpu = await (this.options.probe ?? probeWebGpu)()
      if (!gpu.available) throw new NoWebGpuError({ details: gpu.unavailableReason })
      if (gpu.isFallbackAdapter && !this.options.allowFallbackAdapter)
        throw new FallbackAdapterError({ details: [gpu.info?.vendor, gpu.info?.architecture].filter(Boolean).join(" ") || undefined })
      if (this.options.predownload !== false) await downloadModel(record, { fetch: this.fetch, store: this.store, onProgress, signal })
      if (this.options.checkModelLib !== false) await this.checkModelLib(record, signal)
      if (signal?.aborted) throw new LlmAbortedError("Loading the model")
      const engine = this.getEngine(config)
      stage = "reload"
      this.onProgress = (progress) => {
        webLlmReported = true
        onProgress?.(progress)
      }
      this.current = undefined
      const abort = () => void engine.unload()
      signal?.addEventListener("abort", abort, { once: true })
      try {
        await engine.reload(id)
      } finally {
        signal?.removeEventListener("abort", abort)
        this.onProgress = undefined
      }
      // web-llm's reload() returns quietly when aborted: check, so the caller gets a clear error.
      if (signal?.aborted) throw new LlmAbortedError("Loading the model")
      this.current = id
      onProgress?.(progressEvent("ready", 1, 1, `${id} is ready.`))
    } catch (error) {
      this.current = undefined
      const mapped = toLlmError(error, { modelId: id, modelLibUrl: record.model_lib })
      if (mapped.code === "llm/engine-failed" && stage === "reload" && !webLlmReported) {
        throw new ModelLibInvalidError(record.model_lib, `web-llm could not start it (${errorMessage(error).slice(0, 160)})`, { cause: error })
      }
      throw mapped
    }
  }

  private getEngine(config: AppConfig): MLCEngineInterface {
    if (!this.engine) {
      const engineConfig: MLCEngineConfig = { appConfig: config, initProgressCallback: (report) => this.onProgress?.(parseWebLlmProgress(report)) }
      this.engine = this.options.createEngine ? this.options.createEngine(engineConfig) : new MLCEngine(engineConfig)
    } else {
      this.engine.setAppConfig(config)
    }
    return this.engine
  }

  private recordIn(config: AppConfig, id: string): ModelRecord {
    const record = config.model_list.find((r) => r.model_id === id)
    if (!record) throw new UnknownModelError(id)
    return record
  }

  /** Compiles the library (no GPU) and checks TVM's entry points, for a clear error instead of a crash inside web-llm. */
  private async checkModelLib(record: ModelRecord, signal?: AbortSignal): Promise<void> {
    const bytes =
      (await this.store.get("webllm/wasm", record.model_lib)) ?? new Uint8Array(await (await fetchChecked(record.model_lib, { fetch: this.fetch, signal })).arrayBuffer())
    let module: WebAssembly.Module
    try {
      module = await WebAssembly.compile(Uint8Array.from(bytes))
    } catch (error) {
      throw new ModelLibInvalidError(record.model_lib, `it is not valid WebAssembly (${(error as Error).message.slice(0, 120)})`, { cause: error })
    }
    const missing = missingModelLibExports(WebAssembly.Module.exports(module).map((e) => e.name))
    if (missing.length) throw new ModelLibInvalidError(record.model_lib, `it is not an MLC model library (it lacks ${missing.join(", ")})`)
  }
}
