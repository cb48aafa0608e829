import { mkdtemp, readFile, rm, stat } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

import { byteLevelTokenizer, readMlcLibMetadata, vocabSizeOf, writeMlcModelForLib, type MlcLibMetadata } from "../../fixtures-llm/mlcLibModel"

const METADATA: MlcLibMetadata = {
  model_type: "qwen2",
  quantization: "q4f16_1",
  context_window_size: 4096,
  prefill_chunk_size: 1024,
  sliding_window_size: -1,
  params: [
    { name: "model.embed_tokens.q_weight", shape: [320, 8], dtype: "uint32" },
    { name: "model.embed_tokens.q_scale", shape: [320, 2], dtype: "float16" },
    { name: "model.layers.0.input_layernorm.weight", shape: [64], dtype: "float16" },
    { name: "model.layers.0.mlp.bias", shape: [16], dtype: "float32" }
  ]
}

/** A wasm module whose data holds a decoy mention of model_type, then the metadata JSON, as a library's does. */
function fakeLibrary(json: string): Uint8Array {
  const body = new TextEncoder().encode(`xx{"note": "model_type"\u0000junk{"model_type": broken\u0000${json}\u0000tail`)
  return Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...body])
}

describe("weights for a real WebLLM model library", () => {
  it("reads the parameter metadata out of the library's bytes, past look-alike strings", () => {
    const read = readMlcLibMetadata(fakeLibrary(JSON.stringify({ ...METADATA, memory_usage: { "{": 1 }, note: 'a "}" inside' })))
    expect(read.params).toEqual(METADATA.params)
    expect(read.context_window_size).toBe(4096)
    expect(vocabSizeOf(read)).toBe(320)
  })

  it("says clearly what is wrong with a file that is not a model library", () => {
    expect(() => readMlcLibMetadata(new TextEncoder().encode("<html>"))).toThrow(/not a WebAssembly module/)
    expect(() => readMlcLibMetadata(fakeLibrary('{"model_type": "llama", "params": []}'))).toThrow(/no MLC model metadata/)
  })

  it("writes a tensor cache whose records match the metadata, in shards, and a tokenizer of the model's vocabulary size", async () => {
    const root = await mkdtemp(join(tmpdir(), "mamori-mlc-lib-"))
    try {
      const out = await writeMlcModelForLib(root, { name: "m", metadata: METADATA, shardBytes: 8 * 1024 })
      const cache = JSON.parse(await readFile(join(out.dir, "tensor-cache.json"), "utf8"))
      const records = cache.records.flatMap((s: { records: { name: string; shape: number[]; dtype: string }[] }) => s.records)
      expect(records.map((r: { name: string; shape: number[]; dtype: string }) => ({ name: r.name, shape: r.shape, dtype: r.dtype }))).toEqual(METADATA.params)
      expect(out.paramBytes).toBe(320 * 8 * 4 + 320 * 2 * 2 + 64 * 2 + 16 * 4)
      expect(out.shards).toBeGreaterThan(1)
      for (const shard of cache.records) {
        expect((await stat(join(out.dir, shard.dataPath))).size).toBe(shard.nbytes)
        let offset = 0
        for (const r of shard.records) {
          expect(r.byteOffset).toBe(offset)
          offset += r.nbytes
        }
        expect(offset).toBe(shard.nbytes)
      }
      const shard0 = await readFile(join(out.dir, cache.records[0].dataPath))
      expect(new Set(shard0.subarray(0, 64)).size).toBeGreaterThan(8) // random words, not zeros
      const config = JSON.parse(await readFile(join(out.dir, "mlc-chat-config.json"), "utf8"))
      expect(config).toMatchObject({ model_type: "qwen2", quantization: "q4f16_1", vocab_size: 320, context_window_size: 4096, prefill_chunk_size: 1024 })
      const tokenizer = JSON.parse(await readFile(join(out.dir, "tokenizer.json"), "utf8"))
      const ids = Object.values(tokenizer.model.vocab) as number[]
      expect(ids.length).toBe(320)
      expect(new Set(ids).size).toBe(320)
      expect(Math.max(...ids)).toBe(319)
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })

  it("the tokenizer maps all 256 bytes to distinct symbols", () => {
    const vocab = (byteLevelTokenizer(300).model as { vocab: Record<string, number> }).vocab
    const symbols = Object.keys(vocab).filter((k) => vocab[k]! >= 1 && vocab[k]! <= 256)
    expect(new Set(symbols).size).toBe(256)
    expect(symbols.every((s) => s.length === 1)).toBe(true)
  })
})
