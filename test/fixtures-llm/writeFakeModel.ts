import { mkdir, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { tvmStubWasm } from "./tvmStubWasm"

/**
 * Writes a small fake MLC model directory in web-llm 0.2.86's layout, for tests that serve it over
 * local HTTP: `<root>/<name>/resolve/main/` holds `mlc-chat-config.json`, `tensor-cache.json`, the
 * weight shards and `tokenizer.json`; `<root>/libs/<name>.wasm` is the model library. Nothing here is a
 * real model: the download, progress and cache path runs for real, and loading then fails at the model
 * library (an empty wasm module has none of TVM's functions) — or earlier, by design of the variant.
 */
export type FakeModelVariant =
  | "good"
  | "bad-json" // mlc-chat-config.json is not JSON
  | "missing-field" // mlc-chat-config.json lacks conv_template
  | "missing-shard" // a shard listed in tensor-cache.json is absent
  | "wrong-shard-size" // a shard's size differs from tensor-cache.json
  | "legacy-ndarray" // only ndarray-cache.json (older layout)
  | "no-tensor-cache" // neither manifest

/** "tvm-stubs": exports TVM's entry points, all trapping (gets into web-llm's own reload, see tvmStubWasm.ts). */
export type FakeModelLib = "empty-wasm" | "not-wasm" | "tvm-stubs" | "none"

export type WriteFakeModelOptions = {
  name?: string
  variant?: FakeModelVariant
  lib?: FakeModelLib
  /** Number of weight shards (default 2). */
  shards?: number
  /** Bytes per shard, a multiple of 4 (default 64 KiB). */
  shardBytes?: number
  contextWindow?: number
}

export type FakeModel = {
  name: string
  /** Path of the model URL on the server (`/<name>`; web-llm appends `resolve/main/`). */
  modelPath: string
  /** Path of the model library on the server. */
  libPath: string
  /** Directory holding the files (`<root>/<name>/resolve/main`). */
  dir: string
  shardFiles: string[]
  /** Sum of the shard sizes as listed in tensor-cache.json. */
  weightBytes: number
}

/** The smallest valid WebAssembly module: magic `\0asm` and version 1, no sections. */
export const EMPTY_WASM = Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00])

/** A plain "role: text" conversation template (web-llm's conv_template), without stop tokens. */
export const PLAIN_CONV_TEMPLATE = {
  name: "fake",
  system_template: "{system_message}",
  system_message: "",
  roles: { user: "user", assistant: "assistant" },
  seps: ["\n"],
  role_content_sep: ": ",
  role_empty_sep: ":"
}

export async function writeFakeModel(root: string, options: WriteFakeModelOptions = {}): Promise<FakeModel> {
  const { name = "fake-model", variant = "good", lib = "empty-wasm", shards = 2, shardBytes = 64 * 1024, contextWindow = 2048 } = options
  if (shardBytes % 4 !== 0) throw new Error("shardBytes must be a multiple of 4 (float32 records)")
  const dir = join(root, name, "resolve", "main")
  await mkdir(dir, { recursive: true })
  await mkdir(join(root, "libs"), { recursive: true })

  const config = {
    model_type: "llama",
    quantization: "q4f32_1",
    context_window_size: contextWindow,
    sliding_window_size: -1,
    attention_sink_size: -1,
    prefill_chunk_size: Math.min(contextWindow, 1024),
    vocab_size: 8,
    temperature: 0.6,
    top_p: 0.9,
    repetition_penalty: 1.0,
    frequency_penalty: 0,
    presence_penalty: 0,
    tokenizer_files: ["tokenizer.json"],
    conv_template: { ...PLAIN_CONV_TEMPLATE, stop_str: ["</s>"], stop_token_ids: [2] }
  } as Record<string, unknown>
  if (variant === "missing-field") delete config.conv_template
  await writeFile(join(dir, "mlc-chat-config.json"), variant === "bad-json" ? '{"model_type": "llama", "vocab_size": 8,' : JSON.stringify(config, null, 2))

  const shardFiles: string[] = []
  const records = []
  for (let i = 0; i < shards; i++) {
    const file = `params_shard_${i}.bin`
    shardFiles.push(file)
    const bytes = new Uint8Array(shardBytes)
    for (let j = 0; j < bytes.length; j++) bytes[j] = (j * 31 + i * 7) & 0xff
    const onDisk = variant === "wrong-shard-size" && i === shards - 1 ? bytes.subarray(0, shardBytes - 4) : bytes
    if (!(variant === "missing-shard" && i === shards - 1)) await writeFile(join(dir, file), onDisk)
    records.push({
      dataPath: file,
      format: "raw-shard",
      nbytes: shardBytes,
      records: [{ name: `param_${i}`, shape: [shardBytes / 4], dtype: "float32", format: "raw", nbytes: shardBytes, byteOffset: 0 }],
      md5sum: ""
    })
  }
  const manifest = JSON.stringify({ metadata: { ParamSize: shards, ParamBytes: shards * shardBytes, BitsPerParam: 32 }, records }, null, 2)
  if (variant === "legacy-ndarray") await writeFile(join(dir, "ndarray-cache.json"), manifest)
  else if (variant !== "no-tensor-cache") await writeFile(join(dir, "tensor-cache.json"), manifest)

  await writeFile(
    join(dir, "tokenizer.json"),
    JSON.stringify({
      version: "1.0",
      model: { type: "WordLevel", vocab: { "<unk>": 0, "<s>": 1, "</s>": 2, a: 3, b: 4, c: 5, " ": 6, ".": 7 }, unk_token: "<unk>" }
    })
  )

  const libFile = join(root, "libs", `${name}.wasm`)
  if (lib === "empty-wasm") await writeFile(libFile, EMPTY_WASM)
  else if (lib === "tvm-stubs") await writeFile(libFile, tvmStubWasm())
  else if (lib === "not-wasm") await writeFile(libFile, "<!doctype html><title>not a wasm file</title>")

  return { name, modelPath: `/${name}`, libPath: `/libs/${name}.wasm`, dir, shardFiles, weightBytes: shards * shardBytes }
}
