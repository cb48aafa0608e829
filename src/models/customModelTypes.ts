/**
 * The shape of a web-llm `ModelRecord` (see web-llm's config.ts), declared here so the core does not
 * import web-llm. The adapter passes these records to web-llm's `appConfig.model_list` unchanged.
 */
export type WebLlmModelRecord = {
  /** Base URL of the model directory; web-llm appends `resolve/main/` unless the URL has `/resolve/<branch>/`. */
  model: string
  model_id: string
  /** URL of the compiled model library (`.wasm`). */
  model_lib: string
  overrides?: { context_window_size?: number; [key: string]: unknown }
  vram_required_MB?: number
  low_resource_required?: boolean
  buffer_size_required_bytes?: number
  required_features?: string[]
}

/** What a developer types in to add a model. */
export type CustomModelInput = {
  id: string
  modelUrl: string
  modelLibUrl: string
  contextWindow: number
  label?: string
  /** GPU memory the model needs, if the developer knows it (shown, and used by the fit check). */
  vramMB?: number
}

/** A validated custom model, as stored and as listed in the catalogue. */
export type CustomModelEntry = {
  record: WebLlmModelRecord
  label?: string
  contextWindow: number
  /** Sum of the weight shards plus tokenizer, measured during validation. */
  downloadBytes?: number
  /** When it was validated (ms since epoch). */
  addedAt: number
}
