import { MamoriError, type MamoriErrorParameters } from "../errors/base"

/** Stable codes of every error the LLM layer can raise; the UI keys its wording and hints on them. */
export type LlmErrorCode =
  | "llm/no-webgpu"
  | "llm/fallback-adapter"
  | "llm/gpu-limits"
  | "llm/missing-feature"
  | "llm/model-unreachable"
  | "llm/file-missing"
  | "llm/config-invalid"
  | "llm/gguf-invalid"
  | "llm/model-lib-invalid"
  | "llm/out-of-memory"
  | "llm/aborted"
  | "llm/not-loaded"
  | "llm/unknown-model"
  | "llm/custom-model-invalid"
  | "llm/engine-failed"
  | "llm/forbidden"
  | "llm/prompt-too-long"

type LlmErrorParameters = Omit<MamoriErrorParameters, "code">

/** Base class of the LLM layer's errors: a `MamoriError` whose code starts with `llm/`. */
export class LlmError extends MamoriError {
  override name = "LlmError"
  declare readonly code: LlmErrorCode
  constructor(shortMessage: string, code: LlmErrorCode, params: LlmErrorParameters = {}) {
    super(shortMessage, { ...params, code })
  }
}

/** The browser exposes no WebGPU adapter at all. */
export class NoWebGpuError extends LlmError {
  override name = "NoWebGpuError"
  constructor(params: LlmErrorParameters = {}) {
    super("This browser gives no WebGPU access, so the local language model is off.", "llm/no-webgpu", params)
  }
}

/** Only a software (fallback) adapter exists: usable, but far too slow to be the default. */
export class FallbackAdapterError extends LlmError {
  override name = "FallbackAdapterError"
  constructor(params: LlmErrorParameters = {}) {
    super("Only a software WebGPU adapter is available (no real GPU); a language model would be far too slow.", "llm/fallback-adapter", params)
  }
}

/** The adapter's limits are below what web-llm asks for when it creates its device. */
export class GpuLimitsError extends LlmError {
  override name = "GpuLimitsError"
  constructor(what: string, params: LlmErrorParameters = {}) {
    super(`The GPU's limits are too small for a language model: ${what}.`, "llm/gpu-limits", params)
  }
}

/** The model needs a WebGPU feature (e.g. `shader-f16`) the adapter lacks. */
export class MissingFeatureError extends LlmError {
  override name = "MissingFeatureError"
  readonly feature: string
  constructor(feature: string, params: LlmErrorParameters = {}) {
    super(`This GPU lacks the WebGPU feature "${feature}" that the model needs.`, "llm/missing-feature", params)
    this.feature = feature
  }
}

/** The host could not be reached at all (DNS, refused connection, offline, CORS). */
export class ModelUnreachableError extends LlmError {
  override name = "ModelUnreachableError"
  readonly url: string
  constructor(url: string, params: LlmErrorParameters = {}) {
    super(`Cannot reach ${hostOf(url)}: no answer when fetching ${fileName(url)}.`, "llm/model-unreachable", { details: url, ...params })
    this.url = url
  }
}

/** The host answered, but not with the file (404 or another non-2xx status). */
export class FileMissingError extends LlmError {
  override name = "FileMissingError"
  readonly url: string
  readonly status?: number
  constructor(url: string, status: number | undefined, params: LlmErrorParameters = {}) {
    super(status === undefined ? `Missing file: ${url}.` : `Missing file: ${url} (HTTP ${status}).`, "llm/file-missing", params)
    this.url = url
    this.status = status
  }
}

/** A model file was fetched but is not what web-llm needs (bad JSON, a missing field, a wrong size). */
export class ConfigInvalidError extends LlmError {
  override name = "ConfigInvalidError"
  readonly url: string
  constructor(url: string, problem: string, params: LlmErrorParameters = {}) {
    super(`${fileName(url)} is not usable: ${problem}.`, "llm/config-invalid", { details: url, ...params })
    this.url = url
  }
}

/** A GGUF model file (CPU engine) is not one llama.cpp can run: bad header, architecture, tensors or context. */
export class GgufInvalidError extends LlmError {
  override name = "GgufInvalidError"
  readonly url: string
  constructor(url: string, problem: string, params: LlmErrorParameters = {}) {
    super(`The GGUF file ${fileName(url)} is not usable: ${problem}.`, "llm/gguf-invalid", { details: url, ...params })
    this.url = url
  }
}

/** The model library (wasm) is missing or is not a WebAssembly module. */
export class ModelLibInvalidError extends LlmError {
  override name = "ModelLibInvalidError"
  readonly url: string
  constructor(url: string, problem: string, params: LlmErrorParameters = {}) {
    super(`The model library ${fileName(url)} is not usable: ${problem}.`, "llm/model-lib-invalid", {
      details: url,
      ...params
    })
    this.url = url
  }
}

/** The GPU device was lost while loading or running, almost always for lack of memory. */
export class OutOfMemoryError extends LlmError {
  override name = "OutOfMemoryError"
  constructor(params: LlmErrorParameters = {}) {
    super("The GPU ran out of memory (device lost). Pick a smaller model or close other GPU-heavy tabs.", "llm/out-of-memory", params)
  }
}

/** The caller cancelled (download, load or generation). */
export class LlmAbortedError extends LlmError {
  override name = "LlmAbortedError"
  constructor(what = "The operation", params: LlmErrorParameters = {}) {
    super(`${what} was cancelled.`, "llm/aborted", params)
  }
}

/** Generation was asked for while no model is loaded. */
export class ModelNotLoadedError extends LlmError {
  override name = "ModelNotLoadedError"
  constructor(params: LlmErrorParameters = {}) {
    super("No language model is loaded.", "llm/not-loaded", params)
  }
}

/** A model id is neither a preset nor a registered custom model. */
export class UnknownModelError extends LlmError {
  override name = "UnknownModelError"
  readonly modelId: string
  constructor(modelId: string, params: LlmErrorParameters = {}) {
    super(`Unknown model "${modelId}": it is neither a preset nor a custom model you added.`, "llm/unknown-model", params)
    this.modelId = modelId
  }
}

/** A developer's custom model entry fails a syntax check (id charset, URL form, context window). */
export class CustomModelInvalidError extends LlmError {
  override name = "CustomModelInvalidError"
  readonly field: string
  constructor(field: string, problem: string, params: LlmErrorParameters = {}) {
    super(`Custom model: ${field} ${problem}.`, "llm/custom-model-invalid", params)
    this.field = field
  }
}

/** The prompt does not fit the model's context window: the runtime refuses it before the first token. */
export class PromptTooLongError extends LlmError {
  override name = "PromptTooLongError"
  readonly promptTokens?: number
  readonly contextTokens?: number
  constructor(promptTokens: number | undefined, contextTokens: number | undefined, params: LlmErrorParameters = {}) {
    const sizes = promptTokens !== undefined && contextTokens !== undefined ? ` (${promptTokens} tokens; the context holds ${contextTokens})` : ""
    super(`The prompt is too long for the model's context window${sizes}.`, "llm/prompt-too-long", params)
    this.promptTokens = promptTokens
    this.contextTokens = contextTokens
  }
}

/** Any other engine failure, wrapped so the UI always gets a `MamoriError`. */
export class EngineFailedError extends LlmError {
  override name = "EngineFailedError"
  constructor(what: string, params: LlmErrorParameters = {}) {
    super(`The language model failed: ${what}`, "llm/engine-failed", params)
  }
}

/** True when `error` is an `LlmError` carrying `code`. */
export function isLlmError(error: unknown, code?: LlmErrorCode): error is LlmError {
  return error instanceof LlmError && (code === undefined || error.code === code)
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url
  } catch {
    return url
  }
}

function fileName(url: string): string {
  const tail = url.split(/[?#]/)[0]?.split("/").filter(Boolean).pop()
  return tail ?? url
}
