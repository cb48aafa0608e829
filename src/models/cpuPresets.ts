/**
 * CPU presets: small instruct models as GGUF files for the CPU engine (llama.cpp in WebAssembly, via
 * wllama), for machines without a usable GPU. Each is one file on Hugging Face, downloaded in ranges.
 *
 * Sizes are ESTIMATES (no network here to measure the files): parameters × bits per weight of the
 * quantisation, plus the embedding table, rounded up. Memory need ≈ file size + KV cache and buffers for a
 * 2048-token context. Speeds are ESTIMATES for one thread of a recent laptop core (llama.cpp wasm with
 * SIMD is roughly 2–3× slower than native), measured only for the tiny test model (`npm run bench:llm`).
 */
export type CpuPreset = {
  id: string
  label: string
  paramsB: number
  /** The GGUF file's URL. */
  url: string
  quantization: "Q8_0" | "Q4_K_M"
  downloadMB: number
  memoryMB: number
  contextWindow: number
  /** Plain-words speed estimate shown in the model manager. */
  speedText: string
  /** Lower is preferred when the CPU engine is picked. */
  preference: number
}

export const CPU_PRESETS: readonly CpuPreset[] = [
  {
    id: "SmolLM2-360M-Instruct-Q8_0-GGUF",
    label: "SmolLM2 360M (CPU)",
    paramsB: 0.36,
    url: "https://huggingface.co/HuggingFaceTB/SmolLM2-360M-Instruct-GGUF/resolve/main/smollm2-360m-instruct-q8_0.gguf",
    quantization: "Q8_0",
    downloadMB: 390,
    memoryMB: 520,
    contextWindow: 8192,
    speedText: "about 4–10 tokens/s on one laptop core (estimate): a 120-token explanation in 15–30 s",
    preference: 1
  },
  {
    id: "SmolLM2-135M-Instruct-Q8_0-GGUF",
    label: "SmolLM2 135M (CPU)",
    paramsB: 0.135,
    url: "https://huggingface.co/HuggingFaceTB/SmolLM2-135M-Instruct-GGUF/resolve/main/smollm2-135m-instruct-q8_0.gguf",
    quantization: "Q8_0",
    downloadMB: 145,
    memoryMB: 230,
    contextWindow: 8192,
    speedText: "about 10–25 tokens/s on one laptop core (estimate): fast, but often vague",
    preference: 2
  },
  {
    id: "Qwen2.5-0.5B-Instruct-Q4_K_M-GGUF",
    label: "Qwen2.5 0.5B (CPU)",
    paramsB: 0.49,
    url: "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/qwen2.5-0.5b-instruct-q4_k_m.gguf",
    quantization: "Q4_K_M",
    downloadMB: 400,
    memoryMB: 650,
    contextWindow: 32768,
    speedText: "about 3–8 tokens/s on one laptop core (estimate): the best writer of the three, the slowest",
    preference: 3
  }
]
