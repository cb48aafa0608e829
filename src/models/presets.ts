/**
 * Curated presets: small instruct models from web-llm's prebuilt list (`prebuiltAppConfig`, web-llm
 * 0.2.86). Ids, VRAM needs, context windows and declared features are copied from that list and kept in
 * step by `test/unit/llm/presetsMatchWebLlm.test.ts`. The model and library URLs are not copied: the
 * web-llm adapter takes them from `prebuiltAppConfig` itself, so they cannot go stale.
 *
 * Download sizes are ESTIMATES (no network here to measure the repositories): parameters × ~4.5 bits
 * for q4 weights (4-bit values plus a 16/32-bit scale per group of 32), plus the tokenizer, rounded up.
 * The UI shows them as "about N MB".
 */
export type Preset = {
  id: string
  label: string
  /** Billions of parameters, as published by the model's authors. */
  paramsB: number
  quantization: "q4f16_1" | "q4f32_1"
  /** Estimated download in MB (see above). */
  downloadMB: number
  /** `vram_required_MB` from web-llm's prebuilt list. */
  vramMB: number
  /** f16 weights/shaders need the WebGPU `shader-f16` feature. */
  needsShaderF16: boolean
  /** `overrides.context_window_size` from web-llm's prebuilt list. */
  contextWindow: number
  /** `low_resource_required` from web-llm's prebuilt list. */
  lowResource: boolean
  /** Lower is preferred when several presets fit the device. */
  preference: number
}

export const PRESETS: readonly Preset[] = [
  {
    id: "Llama-3.2-3B-Instruct-q4f16_1-MLC",
    label: "Llama 3.2 3B",
    paramsB: 3.21,
    quantization: "q4f16_1",
    downloadMB: 1850,
    vramMB: 2263.69,
    needsShaderF16: true,
    contextWindow: 4096,
    lowResource: true,
    preference: 1
  },
  {
    id: "Qwen2.5-1.5B-Instruct-q4f16_1-MLC",
    label: "Qwen2.5 1.5B",
    paramsB: 1.54,
    quantization: "q4f16_1",
    downloadMB: 890,
    vramMB: 1629.75,
    needsShaderF16: true,
    contextWindow: 4096,
    lowResource: true,
    preference: 2
  },
  {
    id: "SmolLM2-1.7B-Instruct-q4f16_1-MLC",
    label: "SmolLM2 1.7B",
    paramsB: 1.71,
    quantization: "q4f16_1",
    downloadMB: 980,
    vramMB: 1774.19,
    needsShaderF16: true,
    contextWindow: 4096,
    lowResource: true,
    preference: 3
  },
  {
    id: "Llama-3.2-1B-Instruct-q4f16_1-MLC",
    label: "Llama 3.2 1B",
    paramsB: 1.24,
    quantization: "q4f16_1",
    downloadMB: 720,
    vramMB: 879.04,
    needsShaderF16: true,
    contextWindow: 4096,
    lowResource: true,
    preference: 4
  },
  {
    id: "Llama-3.2-1B-Instruct-q4f32_1-MLC",
    label: "Llama 3.2 1B (no f16)",
    paramsB: 1.24,
    quantization: "q4f32_1",
    downloadMB: 740,
    vramMB: 1128.82,
    needsShaderF16: false,
    contextWindow: 4096,
    lowResource: true,
    preference: 5
  },
  {
    id: "Qwen2.5-0.5B-Instruct-q4f16_1-MLC",
    label: "Qwen2.5 0.5B",
    paramsB: 0.49,
    quantization: "q4f16_1",
    downloadMB: 290,
    vramMB: 944.62,
    needsShaderF16: true,
    contextWindow: 4096,
    lowResource: true,
    preference: 6
  },
  {
    id: "SmolLM2-360M-Instruct-q4f16_1-MLC",
    label: "SmolLM2 360M",
    paramsB: 0.36,
    quantization: "q4f16_1",
    downloadMB: 210,
    vramMB: 376.06,
    needsShaderF16: true,
    contextWindow: 4096,
    lowResource: true,
    preference: 7
  },
  {
    id: "SmolLM2-360M-Instruct-q4f32_1-MLC",
    label: "SmolLM2 360M (no f16)",
    paramsB: 0.36,
    quantization: "q4f32_1",
    downloadMB: 220,
    vramMB: 579.61,
    needsShaderF16: false,
    contextWindow: 4096,
    lowResource: true,
    preference: 8
  },
  {
    id: "Phi-3.5-mini-instruct-q4f16_1-MLC",
    label: "Phi-3.5 mini",
    paramsB: 3.82,
    quantization: "q4f16_1",
    downloadMB: 2200,
    vramMB: 3672.07,
    needsShaderF16: true,
    contextWindow: 4096,
    lowResource: false,
    preference: 9
  }
]
