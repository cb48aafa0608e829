import {
  EngineFailedError,
  GpuLimitsError,
  LlmAbortedError,
  LlmError,
  MissingFeatureError,
  ModelLibInvalidError,
  ModelUnreachableError,
  NoWebGpuError,
  OutOfMemoryError,
  PromptTooLongError,
  UnknownModelError
} from "./errors"

export type ToLlmErrorContext = {
  modelId?: string
  /** The model library URL, for errors raised while instantiating it. */
  modelLibUrl?: string
  /** A URL being fetched, for network errors. */
  url?: string
}

/**
 * Sorts an error thrown by a model runtime (web-llm, the browser) into Mamori's typed LLM errors, by
 * class name and message shape, so the UI can say what happened and what to do. Unknown errors become
 * `EngineFailedError` with the original message.
 */
export function toLlmError(error: unknown, context: ToLlmErrorContext = {}): LlmError {
  if (error instanceof LlmError) return error
  const name = (error as { name?: string })?.name ?? ""
  const message = String((error as { message?: string })?.message ?? error)
  const cause = { cause: error }
  if (name === "AbortError" || /aborted|abort\(\) was called/i.test(message)) return new LlmAbortedError("Loading the model", cause)
  if (/WebGPUNotAvailable|WebGPUNotFound/.test(name) || /unable to find a compatible gpu|webgpu is not (available|supported)|navigator\.gpu/i.test(message))
    return new NoWebGpuError(cause)
  if (name === "ShaderF16SupportError" || /shader-f16/i.test(message)) return new MissingFeatureError("shader-f16", cause)
  if (name === "FeatureSupportError") return new MissingFeatureError(/feature[^\w]+([\w-]+)/i.exec(message)?.[1] ?? "unknown", cause)
  if (name === "DeviceLostError" || /device (was )?lost|out of memory|\boom\b/i.test(message)) return new OutOfMemoryError(cause)
  if (/Cannot initialize runtime because of requested (\w+)/.test(message)) return new GpuLimitsError(/requested (\w+)/.exec(message)?.[1] ?? "limits", cause)
  if (name === "ModelNotFoundError" || name === "SpecifiedModelNotFoundError") return new UnknownModelError(context.modelId ?? "?", cause)
  if (name === "CompileError" || name === "LinkError" || name === "RuntimeError") {
    return new ModelLibInvalidError(context.modelLibUrl ?? "model library", `it could not be instantiated (${message.slice(0, 160)})`, cause)
  }
  // llama.cpp: "request (4224 tokens) exceeds the available context size (4096 tokens)"; web-llm: ContextWindowSizeExceededError.
  const overflow = /\((\d+) tokens\) exceeds the available context size \((\d+) tokens\)/.exec(message)
  if (overflow) return new PromptTooLongError(Number(overflow[1]), Number(overflow[2]), cause)
  const webLlm = /number of prompt tokens: (\d+); context window size: (\d+)/.exec(message)
  if (name === "ContextWindowSizeExceededError" || webLlm) return new PromptTooLongError(webLlm ? Number(webLlm[1]) : undefined, webLlm ? Number(webLlm[2]) : undefined, cause)
  if (name === "TypeError" && /failed to fetch|fetch failed|networkerror|load failed/i.test(message)) return new ModelUnreachableError(context.url ?? "the model host", cause)
  return new EngineFailedError(message.split("\n")[0]!.slice(0, 200), cause)
}
