import { type ChatMessage, type GenerateOptions, type LlmEngine, type LoadOptions, type ModelCacheManager, type ModelRef, modelIdOf } from "../../src/llm/engine"
import { UnknownModelError } from "../../src/llm/errors"
import { PortLlmClient } from "../../src/llm/port/PortLlmClient"
import type { PortLike } from "../../src/llm/port/protocol"
import type { ArtifactStore } from "../../src/models/artifactStore"
import type { FetchLike } from "../../src/models/fetchChecked"
import { downloadGguf, type DownloadGgufReturnType } from "../../src/models/gguf/downloadGguf"
import { deleteGguf, isGgufCached } from "../../src/models/gguf/ggufParts"

export type CpuLlmEngineOptions = {
  /** The GGUF URL of a CPU model id (preset or custom); undefined when the id is not a CPU model. */
  resolveUrl: (modelId: string) => Promise<string | undefined>
  store: ArtifactStore
  fetch?: FetchLike
  /** Makes sure the page hosting wllama (the offscreen document) is open. */
  ensureHost: () => Promise<void>
  /** Opens a port to that page. */
  connect: () => PortLike
}

/**
 * The CPU engine as the service worker sees it: downloads and the cache are handled here, with the same
 * artifact store and download behaviour as web-llm models; generation runs in the offscreen document's
 * `WllamaEngine`, reached over a port (a service worker cannot start the worker wllama needs).
 */
export class CpuLlmEngine implements LlmEngine, ModelCacheManager {
  private readonly client: PortLlmClient
  private current?: { id: string; url: string }
  private readonly fetch: FetchLike

  constructor(private readonly options: CpuLlmEngineOptions) {
    this.client = new PortLlmClient(options.connect)
    this.fetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init))
  }

  /** The offscreen engine's own kind once known ("CPU, 2 threads" / "CPU, 1 thread (not isolated)"…). */
  get kind(): string {
    return this.client.engineKind() ?? "CPU"
  }

  isLoaded(): boolean {
    return this.current !== undefined && this.client.loadedModelId() === this.current.url
  }

  loadedModelId(): string | undefined {
    return this.isLoaded() ? this.current?.id : undefined
  }

  async download(modelId: string, { onProgress, signal }: LoadOptions = {}): Promise<DownloadGgufReturnType> {
    return downloadGguf(await this.urlOf(modelId), { fetch: this.fetch, store: this.options.store, onProgress, signal })
  }

  async isCached(modelId: string): Promise<boolean> {
    return isGgufCached(this.options.store, await this.urlOf(modelId))
  }

  async deleteModel(modelId: string): Promise<void> {
    const url = await this.urlOf(modelId)
    if (this.current?.id === modelId) await this.unload()
    await deleteGguf(this.options.store, url)
  }

  async load(modelRef: ModelRef, options: LoadOptions = {}): Promise<void> {
    const id = modelIdOf(modelRef)
    const url = await this.urlOf(id)
    // Download first (a no-op when cached): the same progress, cancel and errors as the Download button.
    await this.download(id, options)
    await this.options.ensureHost()
    await this.waitForHost()
    await this.client.load(url, options)
    this.current = { id, url }
  }

  async unload(): Promise<void> {
    this.current = undefined
    await this.client.unload()
  }

  complete(messages: readonly ChatMessage[], options?: GenerateOptions): AsyncIterable<string> {
    return this.client.complete(messages, options)
  }

  /** A freshly created offscreen document may not listen yet: ask its status until it answers (≤ 5 s). */
  private async waitForHost(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.client.refresh()
        return
      } catch (error) {
        if (attempt >= 50) throw error
        await new Promise((r) => setTimeout(r, 100))
      }
    }
  }

  private async urlOf(modelId: string): Promise<string> {
    const url = await this.options.resolveUrl(modelId)
    if (!url) throw new UnknownModelError(modelId)
    return url
  }
}
