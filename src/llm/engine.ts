/**
 * The boundary between Mamori's core and a language-model runtime. The core (prompts, explanations,
 * model manager logic) only sees this interface; the web-llm adapter in `background/llm/` and the test
 * double in `engineDouble.ts` implement it. Nothing under `src/` imports web-llm.
 */

/** One chat message, OpenAI-style (what web-llm's `chat.completions.create` takes). */
export type ChatMessage = {
  role: "system" | "user" | "assistant"
  content: string
}

/** Where a load or download is. `download` counts bytes; the other phases count steps. */
export type LlmProgressPhase = "config" | "model-lib" | "download" | "load-gpu" | "ready"

/** A progress event: `fraction` in [0, 1]; `loaded`/`total` in bytes during `download`, else steps. */
export type LlmProgress = {
  phase: LlmProgressPhase
  loaded: number
  total: number
  fraction: number
  /** A line fit to show a person, e.g. "Downloading weights: 120 / 380 MB". */
  text: string
}

/** What to load: a model id known to the engine's catalogue (preset or custom record). */
export type ModelRef = string | { modelId: string }

export type LoadOptions = {
  onProgress?: (progress: LlmProgress) => void
  signal?: AbortSignal
}

export type GenerateOptions = {
  signal?: AbortSignal
  /** Upper bound on generated tokens; engines may cap it further. */
  maxTokens?: number
  /** 0 for the most deterministic output the engine offers. */
  temperature?: number
}

/**
 * A local language model runtime.
 *
 * Contract:
 * - `load` resolves once the model can generate; loading the id already loaded is a no-op (no re-download,
 *   no GPU re-upload). Failures reject with an `LlmError` (see `errors.ts`).
 * - `complete` streams text deltas; aborting `signal` stops generation and ends the stream with
 *   `LlmAbortedError`. Calling it with no model loaded throws `ModelNotLoadedError`.
 */
export interface LlmEngine {
  /** A short name for logs and the UI, e.g. "web-llm" or "double". */
  readonly kind: string
  load(modelRef: ModelRef, options?: LoadOptions): Promise<void>
  unload(): Promise<void>
  isLoaded(): boolean
  loadedModelId(): string | undefined
  /** Streams the reply to `messages` as text deltas. */
  complete(messages: readonly ChatMessage[], options?: GenerateOptions): AsyncIterable<string>
}

/**
 * Model-cache operations for the model manager (download without loading, cache check, delete). The
 * web-llm adapter and the test double have them; the LLM host forwards them over its port.
 */
export interface ModelCacheManager {
  /** Downloads every file of the model into the cache, with progress; resumable, cancellable. */
  download(modelId: string, options?: LoadOptions): Promise<unknown>
  isCached(modelId: string): Promise<boolean>
  /** Removes the model's files from the cache (unloading it first if loaded). */
  deleteModel(modelId: string): Promise<void>
}

/** Whether an engine also manages a model cache. */
export function hasModelCache(engine: LlmEngine): engine is LlmEngine & ModelCacheManager {
  const e = engine as Partial<ModelCacheManager>
  return typeof e.download === "function" && typeof e.isCached === "function" && typeof e.deleteModel === "function"
}

/** Turns a `ModelRef` into its id. */
export function modelIdOf(ref: ModelRef): string {
  return typeof ref === "string" ? ref : ref.modelId
}

/** Builds a progress event with a clamped fraction. */
export function progressEvent(phase: LlmProgressPhase, loaded: number, total: number, text: string): LlmProgress {
  const fraction = total > 0 ? Math.min(1, Math.max(0, loaded / total)) : phase === "ready" ? 1 : 0
  return { phase, loaded, total, fraction, text }
}
