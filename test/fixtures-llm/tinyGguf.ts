import { GGUF_DEFAULT_ALIGNMENT, GGUF_MAGIC, GGUF_VERSION, GgmlType, GgufTokenType, GgufValueType } from "../../src/models/gguf/ggufFormat"

/**
 * Generates a tiny llama-architecture GGUF model with random weights, for tests and benchmarks that
 * need a real llama.cpp (wllama) to load a model and produce tokens without downloading one.
 *
 * The tokenizer is a valid SentencePiece ("llama") vocabulary: `<unk>`, `<s>`, `</s>`, the chat markers
 * `<|im_start|>` and `<|im_end|>` as control tokens, the 256 byte-fallback tokens, then plain English word
 * pieces. A ChatML template is embedded, so chat completion works. Output rows of control and byte tokens
 * are zero, so greedy decoding never ends early and never emits raw bytes: every token a test sees is a
 * word, which keeps the text free of digits, hex and addresses (the explanation check must let it through).
 */
export type TinyGgufOptions = {
  /** Embedding width (default 64; a multiple of `heads`). */
  embd?: number
  layers?: number
  heads?: number
  /** Feed-forward width (default 4 × embd). */
  ff?: number
  contextLength?: number
  /** Seed of the weights (default 1): the same options give the same bytes. */
  seed?: number
  /** The value of `general.architecture` (default "llama"; tests of the validator write others). */
  architecture?: string
  /** "wrong-shape": a valid header whose token embedding has the wrong shape, so llama.cpp refuses it at load. */
  corrupt?: "wrong-shape"
}

export type TinyGguf = { bytes: Uint8Array; vocabSize: number; tensorCount: number; contextLength: number }

// Plain words only: no digits, no "safe"-like claims, nothing that looks like an amount or an address.
const WORDS =
  "the a an of to and in is it that this for on with as be at by from or are was not but you your can will one all would there their what so up out if about who get which go me when make like time just him know take people into year good some could them see other than then now look only come its over think also back after use two how our work first well way even new want because any these give day most us request token approval contract wallet sign signature spender allowance transfer value network chain page site owner account permit order collection explain model review finding rule verdict warning danger check read field data message user grant limit deadline price art image title light river blue green red gold quiet morning evening shadow garden mountain ocean forest city window dream stone glass paper silver winter summer autumn spring cloud storm field flower bird star moon sun night".split(
    " "
  )

const SPECIALS = ["<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>"] as const
const CHATML =
  "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"

type Kv = [key: string, type: GgufValueType, value: unknown, arrayType?: GgufValueType]
type Tensor = { name: string; dims: number[]; data: Float32Array }

export function tinyGguf(options: TinyGgufOptions = {}): TinyGguf {
  const { embd = 64, layers = 2, heads = 4, contextLength = 512, seed = 1, architecture = "llama" } = options
  const ff = options.ff ?? 4 * embd
  if (embd % heads !== 0) throw new Error("embd must be a multiple of heads")

  const tokens: string[] = [...SPECIALS]
  const types: number[] = [GgufTokenType.UNKNOWN, GgufTokenType.CONTROL, GgufTokenType.CONTROL, GgufTokenType.CONTROL, GgufTokenType.CONTROL]
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, "0")}>`)
    types.push(GgufTokenType.BYTE)
  }
  const firstWord = tokens.length
  // "▁word" starts a word (SentencePiece's space marker); punctuation pieces let sentences end.
  for (const w of [...new Set(WORDS)]) tokens.push(`\u2581${w}`)
  for (const p of [".", ",", "\u2581-"]) tokens.push(p)
  while (types.length < tokens.length) types.push(GgufTokenType.NORMAL)
  const scores = tokens.map((_, i) => (i < firstWord ? 0 : -i))
  const vocab = tokens.length

  const random = mulberry32(seed)
  const normal = (n: number, std: number) => {
    const out = new Float32Array(n)
    for (let i = 0; i < n; i++) out[i] = std * Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random())
    return out
  }
  const ones = (n: number) => new Float32Array(n).fill(1)
  const std = 1 / Math.sqrt(embd)
  const output = normal(vocab * embd, 0.5)
  // Row t of output.weight (embd floats) gives token t's logit: zero it for control and byte tokens.
  output.fill(0, 0, firstWord * embd)

  const tensors: Tensor[] = [
    { name: "token_embd.weight", dims: options.corrupt === "wrong-shape" ? [vocab, embd] : [embd, vocab], data: normal(vocab * embd, 1) },
    { name: "output_norm.weight", dims: [embd], data: ones(embd) },
    { name: "output.weight", dims: [embd, vocab], data: output }
  ]
  for (let l = 0; l < layers; l++) {
    const p = `blk.${l}`
    tensors.push(
      { name: `${p}.attn_norm.weight`, dims: [embd], data: ones(embd) },
      { name: `${p}.attn_q.weight`, dims: [embd, embd], data: normal(embd * embd, std) },
      { name: `${p}.attn_k.weight`, dims: [embd, embd], data: normal(embd * embd, std) },
      { name: `${p}.attn_v.weight`, dims: [embd, embd], data: normal(embd * embd, std) },
      { name: `${p}.attn_output.weight`, dims: [embd, embd], data: normal(embd * embd, std) },
      { name: `${p}.ffn_norm.weight`, dims: [embd], data: ones(embd) },
      { name: `${p}.ffn_gate.weight`, dims: [embd, ff], data: normal(embd * ff, std) },
      { name: `${p}.ffn_up.weight`, dims: [embd, ff], data: normal(embd * ff, std) },
      { name: `${p}.ffn_down.weight`, dims: [ff, embd], data: normal(ff * embd, 1 / Math.sqrt(ff)) }
    )
  }

  const a = architecture
  const kvs: Kv[] = [
    ["general.architecture", GgufValueType.STRING, a],
    ["general.name", GgufValueType.STRING, "Mamori tiny test model (random weights)"],
    ["general.alignment", GgufValueType.UINT32, GGUF_DEFAULT_ALIGNMENT],
    [`${a}.context_length`, GgufValueType.UINT32, contextLength],
    [`${a}.embedding_length`, GgufValueType.UINT32, embd],
    [`${a}.block_count`, GgufValueType.UINT32, layers],
    [`${a}.feed_forward_length`, GgufValueType.UINT32, ff],
    [`${a}.attention.head_count`, GgufValueType.UINT32, heads],
    [`${a}.attention.head_count_kv`, GgufValueType.UINT32, heads],
    [`${a}.rope.dimension_count`, GgufValueType.UINT32, embd / heads],
    [`${a}.attention.layer_norm_rms_epsilon`, GgufValueType.FLOAT32, 1e-5],
    [`${a}.vocab_size`, GgufValueType.UINT32, vocab],
    ["tokenizer.ggml.model", GgufValueType.STRING, "llama"],
    ["tokenizer.ggml.tokens", GgufValueType.ARRAY, tokens, GgufValueType.STRING],
    ["tokenizer.ggml.scores", GgufValueType.ARRAY, scores, GgufValueType.FLOAT32],
    ["tokenizer.ggml.token_type", GgufValueType.ARRAY, types, GgufValueType.INT32],
    ["tokenizer.ggml.unknown_token_id", GgufValueType.UINT32, 0],
    ["tokenizer.ggml.bos_token_id", GgufValueType.UINT32, 1],
    ["tokenizer.ggml.eos_token_id", GgufValueType.UINT32, 4],
    ["tokenizer.ggml.add_bos_token", GgufValueType.BOOL, false],
    ["tokenizer.chat_template", GgufValueType.STRING, CHATML]
  ]
  return { bytes: writeGguf(kvs, tensors), vocabSize: vocab, tensorCount: tensors.length, contextLength }
}

function writeGguf(kvs: Kv[], tensors: Tensor[]): Uint8Array {
  const w = new ByteWriter()
  w.u32(GGUF_MAGIC)
  w.u32(GGUF_VERSION)
  w.u64(tensors.length)
  w.u64(kvs.length)
  for (const [key, type, value, arrayType] of kvs) {
    w.str(key)
    w.u32(type)
    if (type === GgufValueType.ARRAY) {
      const items = value as unknown[]
      w.u32(arrayType!)
      w.u64(items.length)
      for (const item of items) w.value(arrayType!, item)
    } else w.value(type, value)
  }
  let offset = 0
  const align = (n: number) => Math.ceil(n / GGUF_DEFAULT_ALIGNMENT) * GGUF_DEFAULT_ALIGNMENT
  for (const t of tensors) {
    w.str(t.name)
    w.u32(t.dims.length)
    for (const d of t.dims) w.u64(d)
    w.u32(GgmlType.F32)
    w.u64(offset)
    offset = align(offset + t.data.byteLength)
  }
  w.pad(GGUF_DEFAULT_ALIGNMENT)
  const dataStart = w.length
  for (const t of tensors) {
    w.bytes(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength))
    w.pad(GGUF_DEFAULT_ALIGNMENT, dataStart)
  }
  return w.finish()
}

class ByteWriter {
  private chunks: Uint8Array[] = []
  length = 0
  private push(bytes: Uint8Array) {
    this.chunks.push(bytes)
    this.length += bytes.byteLength
  }
  private num(size: number, set: (v: DataView) => void) {
    const b = new Uint8Array(size)
    set(new DataView(b.buffer))
    this.push(b)
  }
  u32 = (v: number) => this.num(4, (d) => d.setUint32(0, v, true))
  u64 = (v: number) => this.num(8, (d) => d.setBigUint64(0, BigInt(v), true))
  str(s: string) {
    const b = new TextEncoder().encode(s)
    this.u64(b.byteLength)
    this.push(b)
  }
  bytes = (b: Uint8Array) => this.push(b)
  value(type: number, v: unknown) {
    switch (type) {
      case GgufValueType.STRING:
        return this.str(v as string)
      case GgufValueType.UINT32:
        return this.u32(v as number)
      case GgufValueType.INT32:
        return this.num(4, (d) => d.setInt32(0, v as number, true))
      case GgufValueType.FLOAT32:
        return this.num(4, (d) => d.setFloat32(0, v as number, true))
      case GgufValueType.BOOL:
        return this.push(Uint8Array.of(v ? 1 : 0))
      default:
        throw new Error(`tinyGguf does not write value type ${type}`)
    }
  }
  /** Zero bytes up to the next multiple of `to`, counted from `from`. */
  pad(to: number, from = 0) {
    const over = (this.length - from) % to
    if (over) this.push(new Uint8Array(to - over))
  }
  finish(): Uint8Array {
    const out = new Uint8Array(this.length)
    let at = 0
    for (const c of this.chunks) {
      out.set(c, at)
      at += c.byteLength
    }
    return out
  }
}

/** A small seeded PRNG (mulberry32): the same seed gives the same weights on every machine. */
function mulberry32(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
