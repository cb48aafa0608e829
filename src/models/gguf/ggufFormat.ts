/**
 * The GGUF container format (llama.cpp's model file), version 3, as far as Mamori reads and writes it:
 * the value-type and tensor-type ids, the magic, and the alignment. One module for both the reader that
 * validates custom models and the generator of the tiny test model, so the two cannot drift.
 *
 * Layout: magic "GGUF", u32 version, u64 tensor count, u64 key/value count, the key/values, the tensor
 * infos (name, u32 dims, u64 sizes, u32 type, u64 offset into the data), padding to `general.alignment`
 * (default 32), then the tensor data. Little-endian throughout.
 */

/** "GGUF" read as a little-endian u32. */
export const GGUF_MAGIC = 0x46554747
export const GGUF_VERSION = 3
export const GGUF_DEFAULT_ALIGNMENT = 32

export const GgufValueType = {
  UINT8: 0,
  INT8: 1,
  UINT16: 2,
  INT16: 3,
  UINT32: 4,
  INT32: 5,
  FLOAT32: 6,
  BOOL: 7,
  STRING: 8,
  ARRAY: 9,
  UINT64: 10,
  INT64: 11,
  FLOAT64: 12
} as const
export type GgufValueType = (typeof GgufValueType)[keyof typeof GgufValueType]

/** Tensor element types Mamori writes (F32) or names in errors; llama.cpp knows many more (quantised). */
export const GgmlType = { F32: 0, F16: 1, Q4_0: 2, Q8_0: 8 } as const

/** llama.cpp's token types (`tokenizer.ggml.token_type`). */
export const GgufTokenType = { NORMAL: 1, UNKNOWN: 2, CONTROL: 3, USER_DEFINED: 4, UNUSED: 5, BYTE: 6 } as const

/** Architectures the bundled llama.cpp (wllama 3.13) runs that Mamori's CPU presets and custom models may use. */
export const SUPPORTED_GGUF_ARCHITECTURES = ["llama", "qwen2", "qwen3", "gemma", "gemma2", "gemma3", "phi3", "mistral", "granite", "olmo", "smollm3"] as const
