import { mkdir, writeFile } from "node:fs/promises"
import { join } from "node:path"

import { PLAIN_CONV_TEMPLATE } from "./writeFakeModel"

/**
 * Weights for a real WebLLM model library without downloading any: an MLC model library (.wasm) carries
 * its own parameter list (`_metadata`: name, shape and dtype of every weight, the context window, the
 * prefill chunk), so a model directory whose tensor cache matches it can be written here with random
 * values. The library then loads and runs for real on WebGPU; the text it writes is noise, which is all
 * a test of the engine needs (tokens arrive, stop, can be cancelled).
 */
export type MlcParam = { name: string; shape: number[]; dtype: string }
export type MlcLibMetadata = {
  model_type: string
  quantization: string
  context_window_size: number
  prefill_chunk_size: number
  sliding_window_size?: number
  attention_sink_size?: number
  params: MlcParam[]
}

/**
 * Reads `_metadata` out of a compiled model library. The Relax VM keeps that function's result, a JSON
 * object starting with `{"model_type"`, as a string constant in the module's data, so it is found in
 * the bytes without instantiating the library (which needs WebGPU).
 */
export function readMlcLibMetadata(wasm: Uint8Array): MlcLibMetadata {
  if (!(wasm[0] === 0x00 && wasm[1] === 0x61 && wasm[2] === 0x73 && wasm[3] === 0x6d)) throw new Error("not a WebAssembly module (no \\0asm magic)")
  const text = new TextDecoder("latin1").decode(wasm)
  for (let at = text.indexOf('"model_type"'); at >= 0; at = text.indexOf('"model_type"', at + 1)) {
    const start = text.lastIndexOf("{", at)
    if (start < 0 || text.slice(start + 1, at).trim() !== "") continue
    const end = closingBrace(text, start)
    if (end < 0) continue
    try {
      const parsed = JSON.parse(text.slice(start, end + 1)) as Partial<MlcLibMetadata>
      if (Array.isArray(parsed.params) && parsed.params.length > 0 && typeof parsed.context_window_size === "number") return parsed as MlcLibMetadata
    } catch {
      // Another string that happens to mention model_type: keep looking.
    }
  }
  throw new Error("no MLC model metadata (a JSON object with model_type and params) in this library; is it an MLC LLM model library?")
}

/** Index of the `}` closing the object opened at `start` (strings and escapes respected), or -1. */
function closingBrace(text: string, start: number): number {
  let depth = 0
  let inString = false
  for (let i = start; i < text.length && i < start + 16 * 2 ** 20; i++) {
    const c = text[i]
    if (inString) {
      if (c === "\\") i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === "{" || c === "[") depth++
    else if (c === "}" || c === "]") {
      depth--
      if (depth === 0) return c === "}" ? i : -1
    }
  }
  return -1
}

const BYTES: Record<string, number> = { float32: 4, float16: 2, bfloat16: 2, uint32: 4, int32: 4, uint8: 1, int8: 1 }

/** The vocabulary size: rows of the token embedding (or of the output head when the embedding is tied or named otherwise). */
export function vocabSizeOf(metadata: MlcLibMetadata): number {
  const embed = metadata.params.find((p) => /embed_tokens|tok_embeddings|wte|word_embeddings/.test(p.name)) ?? metadata.params.find((p) => /lm_head/.test(p.name))
  if (!embed) throw new Error(`cannot tell the vocabulary size: no embedding among ${metadata.params.length} parameters`)
  return embed.shape[0]!
}

/** Deterministic pseudo-random bytes (xorshift32), so a rerun writes the same model. */
function fill(bytes: Uint8Array, seed: number): void {
  let x = seed >>> 0 || 1
  for (let i = 0; i < bytes.length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    bytes[i] = x & 0xff
  }
}

/** One tensor's bytes: norms are 1, float scales and weights small, quantized words random. */
function tensorBytes(param: MlcParam, index: number): Uint8Array {
  const count = param.shape.reduce((a, b) => a * b, 1)
  const size = BYTES[param.dtype]
  if (!size) throw new Error(`parameter ${param.name} has dtype ${param.dtype}, which this generator does not write`)
  const bytes = new Uint8Array(count * size)
  const norm = /norm/.test(param.name)
  if (param.dtype === "float32") {
    const f = new Float32Array(bytes.buffer)
    for (let i = 0; i < count; i++) f[i] = norm ? 1 : (((i * 2654435761 + index) >>> 0) / 2 ** 32 - 0.5) * 0.04
  } else if (param.dtype === "float16" || param.dtype === "bfloat16") {
    // 1.0 for norms; for weights and quantization scales a small positive value (0.01 in fp16, ~0.0101 in bf16).
    const word = norm ? (param.dtype === "float16" ? 0x3c00 : 0x3f80) : param.dtype === "float16" ? 0x211f : 0x3c25
    const u = new Uint16Array(bytes.buffer)
    u.fill(word)
  } else fill(bytes, index + 1)
  return bytes
}

export type WriteMlcModelOptions = { name: string; metadata: MlcLibMetadata; shardBytes?: number }
export type MlcModelDirectory = { dir: string; vocabSize: number; paramBytes: number; shards: number }

/**
 * Writes `<root>/<name>/resolve/main/`: mlc-chat-config.json, tensor-cache.json with 32 MiB shards,
 * and a byte-level BPE tokenizer.json with exactly the model's vocabulary size (every id decodes).
 */
export async function writeMlcModelForLib(root: string, { name, metadata, shardBytes = 32 * 2 ** 20 }: WriteMlcModelOptions): Promise<MlcModelDirectory> {
  const dir = join(root, name, "resolve", "main")
  await mkdir(dir, { recursive: true })
  const vocabSize = vocabSizeOf(metadata)
  const records: { dataPath: string; format: string; nbytes: number; records: unknown[]; md5sum: string }[] = []
  let shard: { parts: Uint8Array[]; bytes: number; records: unknown[] } = { parts: [], bytes: 0, records: [] }
  let paramBytes = 0
  const flush = async () => {
    if (shard.parts.length === 0) return
    const dataPath = `params_shard_${records.length}.bin`
    await writeFile(join(dir, dataPath), Buffer.concat(shard.parts))
    records.push({ dataPath, format: "raw-shard", nbytes: shard.bytes, records: shard.records, md5sum: "" })
    shard = { parts: [], bytes: 0, records: [] }
  }
  for (const [i, param] of metadata.params.entries()) {
    const bytes = tensorBytes(param, i)
    if (shard.bytes > 0 && shard.bytes + bytes.length > shardBytes) await flush()
    shard.records.push({ name: param.name, shape: param.shape, dtype: param.dtype, format: "raw", nbytes: bytes.length, byteOffset: shard.bytes })
    shard.parts.push(bytes)
    shard.bytes += bytes.length
    paramBytes += bytes.length
  }
  await flush()
  await writeFile(join(dir, "tensor-cache.json"), JSON.stringify({ metadata: { ParamSize: metadata.params.length, ParamBytes: paramBytes, BitsPerParam: 0 }, records }))
  await writeFile(join(dir, "tokenizer.json"), JSON.stringify(byteLevelTokenizer(vocabSize)))
  const eos = 0
  await writeFile(
    join(dir, "mlc-chat-config.json"),
    JSON.stringify(
      {
        model_type: metadata.model_type,
        quantization: metadata.quantization,
        context_window_size: metadata.context_window_size,
        sliding_window_size: metadata.sliding_window_size ?? -1,
        attention_sink_size: metadata.attention_sink_size ?? -1,
        prefill_chunk_size: metadata.prefill_chunk_size,
        vocab_size: vocabSize,
        temperature: 0.7,
        top_p: 0.95,
        repetition_penalty: 1.0,
        frequency_penalty: 0,
        presence_penalty: 0,
        bos_token_id: eos,
        eos_token_id: eos,
        tokenizer_files: ["tokenizer.json"],
        tokenizer_info: { token_postproc_method: "byte_level", prepend_space_in_encode: false, strip_space_in_decode: false },
        conv_template: { ...PLAIN_CONV_TEMPLATE, stop_str: [], stop_token_ids: [eos], system_prefix_token_ids: [], add_role_after_system_message: true }
      },
      null,
      2
    )
  )
  return { dir, vocabSize, paramBytes, shards: records.length }
}

/**
 * A byte-level BPE tokenizer with `size` tokens: id 0 is the end token, then the 256 byte symbols, then
 * plain filler words ("w257"…) up to the size, so whatever id a random model samples decodes to text.
 */
export function byteLevelTokenizer(size: number): Record<string, unknown> {
  if (size < 300) throw new Error(`vocabulary of ${size} is too small for a byte-level tokenizer`)
  const vocab: Record<string, number> = { "<|end|>": 0 }
  let id = 1
  for (const symbol of byteSymbols()) vocab[symbol] = id++
  while (id < size) vocab[`w${id}`] = id++
  return {
    version: "1.0",
    added_tokens: [{ id: 0, content: "<|end|>", single_word: false, lstrip: false, rstrip: false, normalized: false, special: true }],
    normalizer: null,
    pre_tokenizer: { type: "ByteLevel", add_prefix_space: false, trim_offsets: true, use_regex: true },
    post_processor: null,
    decoder: { type: "ByteLevel", add_prefix_space: false, trim_offsets: true, use_regex: true },
    model: { type: "BPE", dropout: null, unk_token: null, continuing_subword_prefix: null, end_of_word_suffix: null, fuse_unk: false, vocab, merges: [] }
  }
}

/** The 256 printable stand-ins byte-level BPE uses for bytes (GPT-2's table). */
function byteSymbols(): string[] {
  const direct = new Set<number>()
  for (const [a, b] of [
    [33, 126],
    [161, 172],
    [174, 255]
  ] as const)
    for (let c = a; c <= b; c++) direct.add(c)
  let extra = 0
  return Array.from({ length: 256 }, (_, b) => String.fromCharCode(direct.has(b) ? b : 256 + extra++))
}
