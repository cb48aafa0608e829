import { Wllama, WllamaAbortError } from "@wllama/wllama"

import { errorMessage } from "../../src/errors/base"
import { describeCpuThreads } from "../../src/llm/describeCpuThreads"
import { modelIdOf, progressEvent, type ChatMessage, type GenerateOptions, type LlmEngine, type LoadOptions, type ModelRef } from "../../src/llm/engine"
import { EngineFailedError, GgufInvalidError, LlmAbortedError, LlmError, ModelNotLoadedError } from "../../src/llm/errors"
import { OneLoadAtATime } from "../../src/llm/oneLoadAtATime"
import { toLlmError } from "../../src/llm/toLlmError"
import type { ArtifactStore } from "../../src/models/artifactStore"
import { readGgufParts } from "../../src/models/gguf/ggufParts"

export type WllamaEngineOptions = {
  /** URL of wllama's wasm inside the extension (`chrome.runtime.getURL("wllama/wllama.wasm")`). */
  wasmUrl: string
  /** Where `downloadGguf` put the model's parts (the Cache API in the extension). */
  store: ArtifactStore
  /** Context window in tokens (default 4096: a review's prompt plus a short explanation, with room). */
  contextSize?: number
  /** Threads when the page is cross-origin isolated (default half the cores, at most 4). */
  threads?: number
}

/** How the CPU engine runs here: threads need SharedArrayBuffer, i.e. a cross-origin isolated page. */
export type WllamaThreading = { multiThread: boolean; threads: number; crossOriginIsolated: boolean }

/**
 * The CPU `LlmEngine`: llama.cpp compiled to WebAssembly (wllama), for machines without a usable GPU.
 * It runs in an extension page (the offscreen document), because wllama starts a Web Worker, which a
 * service worker cannot. Model refs are GGUF URLs whose parts are already in the artifact store (the
 * service worker's `CpuLlmEngine` downloads them first). One model at a time; loading the one already
 * loaded does nothing; `unload` ends the worker and frees its memory.
 */
export class WllamaEngine implements LlmEngine {
  private wllama?: Wllama
  private current?: string
  private readonly loads = new OneLoadAtATime()

  constructor(private readonly options: WllamaEngineOptions) {}

  /** "CPU, 2 threads", "CPU, 1 thread (not isolated)" or "CPU, 1 thread (2 cores)": the UI shows which. */
  get kind(): string {
    const t = this.threading()
    return describeCpuThreads({ threads: t.threads, crossOriginIsolated: t.crossOriginIsolated, cores: globalThis.navigator?.hardwareConcurrency })
  }

  threading(): WllamaThreading {
    const isolated = Boolean((globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated)
    if (this.wllama?.isModelLoaded()) return { multiThread: this.wllama.isMultithread(), threads: this.wllama.getNumThreads(), crossOriginIsolated: isolated }
    return { multiThread: isolated && this.wantedThreads() > 1, threads: isolated ? this.wantedThreads() : 1, crossOriginIsolated: isolated }
  }

  isLoaded(): boolean {
    return this.current !== undefined
  }

  loadedModelId(): string | undefined {
    return this.current
  }

  async load(modelRef: ModelRef, options: LoadOptions = {}): Promise<void> {
    const id = modelIdOf(modelRef)
    await this.loads.load(
      id,
      (loaded) => this.current === loaded,
      () => this.loadNow(id, options)
    )
  }

  async unload(): Promise<void> {
    const w = this.wllama
    this.wllama = undefined
    this.current = undefined
    await w?.exit()
  }

  async *complete(messages: readonly ChatMessage[], { signal, maxTokens, temperature }: GenerateOptions = {}): AsyncIterable<string> {
    const w = this.wllama
    if (!w || !this.current) throw new ModelNotLoadedError()
    if (signal?.aborted) throw new LlmAbortedError("Generation")
    // Our own signal, so a consumer that stops reading also stops llama.cpp decoding for nobody.
    const local = new AbortController()
    const forward = () => local.abort()
    signal?.addEventListener("abort", forward, { once: true })
    try {
      const chunks = await w.createChatCompletion({
        messages: messages.map((m) => ({ role: m.role, content: m.content })),
        stream: true,
        max_tokens: maxTokens,
        temperature: temperature ?? 0,
        abortSignal: local.signal
      } as Parameters<Wllama["createChatCompletion"]>[0] & { stream: true })
      for await (const chunk of chunks) {
        const text = chunk.choices[0]?.delta?.content
        if (text) yield text
        if (local.signal.aborted) break
      }
    } catch (error) {
      if (error instanceof WllamaAbortError || local.signal.aborted) throw new LlmAbortedError("Generation", { cause: error })
      if (error instanceof LlmError) throw error
      // A prompt over the context is refused before the first token: say so with its size, not "engine failed".
      const typed = toLlmError(error)
      throw typed.code === "llm/engine-failed" ? new EngineFailedError(`llama.cpp stopped: ${errorMessage(error).slice(0, 200)}`, { cause: error }) : typed
    } finally {
      signal?.removeEventListener("abort", forward)
      local.abort()
    }
    if (signal?.aborted) throw new LlmAbortedError("Generation")
  }

  private async loadNow(url: string, { onProgress, signal }: LoadOptions): Promise<void> {
    if (this.current) await this.unload()
    onProgress?.(progressEvent("load-gpu", 0, 2, "Reading the model from the cache…"))
    const parts = await readGgufParts(this.options.store, url)
    if (!parts) throw new EngineFailedError(`the model file ${url} is not downloaded (download it first)`)
    if (signal?.aborted) throw new LlmAbortedError("Loading the model")
    onProgress?.(progressEvent("load-gpu", 1, 2, "Loading the model into memory (CPU)…"))
    // llama.cpp reports why a file fails only in its log (wllama's load then resolves without a model):
    // keep its error lines to say what is wrong.
    const problems: string[] = []
    const keep = (...args: unknown[]) => {
      const line = args.map(String).join(" ")
      if (/error|failed|wrong|invalid|corrupt/i.test(line)) problems.push(line.replace(/\s+/g, " ").trim())
    }
    const w = new Wllama({ default: this.options.wasmUrl }, { logger: { debug: () => {}, log: keep, warn: keep, error: keep } })
    const isolated = Boolean((globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated)
    const refuse = async (detail: string, cause?: unknown) => {
      await w.exit().catch(() => undefined)
      return new GgufInvalidError(url, `llama.cpp could not load it (${detail.slice(0, 240)})`, { cause })
    }
    try {
      await w.loadModel([new Blob(parts as BlobPart[])], {
        n_ctx: this.options.contextSize ?? 4096,
        n_gpu_layers: 0,
        n_threads: isolated ? this.wantedThreads() : 1,
        n_parallel: 1
      })
    } catch (error) {
      throw await refuse(errorMessage(error), error)
    }
    if (!(vocabOf(w) > 0)) {
      const why = problems.find((p) => /error loading model/i.test(p)) ?? problems[0] ?? "no model came out of the file"
      throw await refuse(why.replace(/^.*error loading model:\s*/i, ""))
    }
    if (signal?.aborted) {
      await w.exit().catch(() => undefined)
      throw new LlmAbortedError("Loading the model")
    }
    this.wllama = w
    this.current = url
    onProgress?.(progressEvent("ready", 1, 1, `The model is ready (${this.kind}).`))
  }

  /**
   * Half the logical cores, at most 4: llama.cpp's threads spin while they wait for each other, so on a
   * 2-core machine two threads beside the browser were ~50× slower than one (measured under load); there
   * it stays single-threaded even when the page is isolated.
   */
  private wantedThreads(): number {
    return this.options.threads ?? Math.max(1, Math.min(4, Math.floor((globalThis.navigator?.hardwareConcurrency ?? 2) / 2)))
  }
}

/** The loaded vocabulary size, or 0 when wllama has no model (its metadata getter throws then). */
function vocabOf(w: Wllama): number {
  try {
    return w.getModelMetadata()?.hparams.nVocab ?? 0
  } catch {
    return 0
  }
}
