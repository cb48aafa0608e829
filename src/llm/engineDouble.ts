import { modelIdOf, progressEvent, type ChatMessage, type GenerateOptions, type LlmEngine, type LoadOptions, type ModelCacheManager, type ModelRef } from "./engine"
import { LlmAbortedError, type LlmError, ModelNotLoadedError } from "./errors"

/** How the double answers a conversation: a fixed string, or a function of the messages. */
export type ScriptedReply = string | ((messages: readonly ChatMessage[]) => string)

export type EngineDoubleOptions = {
  /** The reply to stream; default echoes the last user message's length so tests can tell calls apart. */
  reply?: ScriptedReply
  /** Size of each streamed delta in characters (default 8). */
  chunkSize?: number
  /** Simulated download size in bytes, reported in `download` progress events (default 4 MiB). */
  downloadBytes?: number
  /** Number of download progress steps (default 4). */
  downloadSteps?: number
  /** Make `load` reject with this error (after the config phase). */
  failLoadWith?: LlmError
  /** Make `complete` reject with this error after `failAfterChunks` deltas (default 0). */
  failCompleteWith?: LlmError
  failAfterChunks?: number
  /** Milliseconds to wait between events, to let abort tests interleave (default 0). */
  delayMs?: number
}

/**
 * A deterministic `LlmEngine` for unit tests: scripted reply, simulated progress, controllable failures.
 * It records every conversation it was given in `calls`, so tests can inspect the prompts.
 */
export class EngineDouble implements LlmEngine, ModelCacheManager {
  readonly kind = "double"
  readonly calls: ChatMessage[][] = []
  /** Model ids "in the cache": added by a download or a load, removed by `deleteModel`. */
  readonly cached = new Set<string>()
  /** How many times a model was actually loaded (a repeated `load` of the same id does not count). */
  loadCount = 0
  private current?: string
  private options: EngineDoubleOptions

  constructor(options: EngineDoubleOptions = {}) {
    this.options = options
  }

  /** Changes the behaviour for later calls (e.g. to fail the next load). */
  configure(options: Partial<EngineDoubleOptions>): void {
    this.options = { ...this.options, ...options }
  }

  isLoaded(): boolean {
    return this.current !== undefined
  }

  loadedModelId(): string | undefined {
    return this.current
  }

  async load(modelRef: ModelRef, { onProgress, signal }: LoadOptions = {}): Promise<void> {
    const id = modelIdOf(modelRef)
    if (this.current === id) return
    this.current = undefined
    if (!this.cached.has(id)) await this.download(id, { onProgress, signal })
    else onProgress?.(progressEvent("config", 1, 1, `Read the configuration of ${id} from the cache`))
    await this.tick(signal, "Loading")
    onProgress?.(progressEvent("ready", 1, 1, `${id} is ready`))
    this.current = id
    this.loadCount++
  }

  /** Simulates a download: config, then `downloadSteps` byte-progress events; the id is then "cached". */
  async download(modelId: string, { onProgress, signal }: LoadOptions = {}): Promise<void> {
    const steps = this.options.downloadSteps ?? 4
    const total = this.options.downloadBytes ?? 4 * 1024 * 1024
    await this.tick(signal, "Loading")
    onProgress?.(progressEvent("config", 1, 1, `Fetched the configuration of ${modelId}`))
    if (this.options.failLoadWith) throw this.options.failLoadWith
    for (let step = 1; step <= steps; step++) {
      await this.tick(signal, "Loading")
      const loaded = Math.round((total * step) / steps)
      onProgress?.(progressEvent("download", loaded, total, `Downloading weights: ${loaded} / ${total} bytes`))
    }
    this.cached.add(modelId)
  }

  async isCached(modelId: string): Promise<boolean> {
    return this.cached.has(modelId)
  }

  async deleteModel(modelId: string): Promise<void> {
    if (this.current === modelId) await this.unload()
    this.cached.delete(modelId)
  }

  async unload(): Promise<void> {
    this.current = undefined
  }

  async *complete(messages: readonly ChatMessage[], { signal }: GenerateOptions = {}): AsyncIterable<string> {
    if (!this.current) throw new ModelNotLoadedError()
    this.calls.push(messages.map((m) => ({ ...m })))
    const reply = this.options.reply ?? ((msgs) => `Reply to ${msgs.at(-1)?.content.length ?? 0} characters.`)
    const text = typeof reply === "string" ? reply : reply(messages)
    const size = Math.max(1, this.options.chunkSize ?? 8)
    let sent = 0
    for (let i = 0; i < text.length; i += size) {
      await this.tick(signal, "Generation")
      if (this.options.failCompleteWith && sent >= (this.options.failAfterChunks ?? 0)) throw this.options.failCompleteWith
      yield text.slice(i, i + size)
      sent++
    }
    // Fewer chunks than `failAfterChunks`: fail at the end of the stream instead.
    if (this.options.failCompleteWith) throw this.options.failCompleteWith
  }

  private async tick(signal: AbortSignal | undefined, what: string): Promise<void> {
    if (signal?.aborted) throw new LlmAbortedError(what)
    const delay = this.options.delayMs ?? 0
    await new Promise((resolve) => setTimeout(resolve, delay))
    if (signal?.aborted) throw new LlmAbortedError(what)
  }
}
