import { ConfigInvalidError } from "../llm/errors"

/**
 * File names of an MLC model directory as web-llm 0.2.86 reads them: `mlc-chat-config.json` and
 * `tensor-cache.json` (older MLC builds wrote `ndarray-cache.json`, which this web-llm no longer reads),
 * the tokenizer named in the config, and the shards listed in the tensor cache.
 */
export const CHAT_CONFIG_FILE = "mlc-chat-config.json"
export const TENSOR_CACHE_FILE = "tensor-cache.json"
export const LEGACY_TENSOR_CACHE_FILE = "ndarray-cache.json"

/**
 * The directory web-llm fetches files from: the model URL with a trailing slash and, unless it already
 * names a branch (`…/resolve/<branch>/`), `resolve/main/` appended — the Hugging Face layout.
 */
export function resolveModelBaseUrl(modelUrl: string): string {
  let url = modelUrl.endsWith("/") ? modelUrl : `${modelUrl}/`
  if (!/.+\/resolve\/.+\//.test(url)) url += "resolve/main/"
  return new URL(url).href
}

/** The facts of `mlc-chat-config.json` that web-llm relies on. */
export type ChatConfigFacts = {
  tokenizerFile: "tokenizer.json" | "tokenizer.model"
  contextWindow: number
  vocabSize: number
  modelType?: string
}

/** Parses and checks `mlc-chat-config.json`; throws `ConfigInvalidError` naming the first problem. */
export function parseChatConfig(text: string, url: string): ChatConfigFacts {
  const json = parseJsonObject(text, url)
  const files = json.tokenizer_files
  if (!Array.isArray(files) || !files.every((f) => typeof f === "string")) throw new ConfigInvalidError(url, 'the field "tokenizer_files" is missing or not a list of file names')
  const tokenizerFile = files.includes("tokenizer.json") ? "tokenizer.json" : files.includes("tokenizer.model") ? "tokenizer.model" : undefined
  if (!tokenizerFile) throw new ConfigInvalidError(url, '"tokenizer_files" names neither tokenizer.json nor tokenizer.model')
  const conv = json.conv_template
  if (typeof conv !== "object" || conv === null || Array.isArray(conv)) throw new ConfigInvalidError(url, 'the field "conv_template" is missing')
  const contextWindow = json.context_window_size
  const sliding = json.sliding_window_size
  if (!isInt(contextWindow) && !isInt(sliding)) throw new ConfigInvalidError(url, 'the field "context_window_size" is missing or not a number')
  if (!isInt(json.vocab_size) || (json.vocab_size as number) <= 0) throw new ConfigInvalidError(url, 'the field "vocab_size" is missing or not a positive number')
  return {
    tokenizerFile,
    contextWindow: isInt(contextWindow) ? (contextWindow as number) : -1,
    vocabSize: json.vocab_size as number,
    modelType: typeof json.model_type === "string" ? json.model_type : undefined
  }
}

/** One weight shard as listed in `tensor-cache.json`. */
export type ShardFacts = { dataPath: string; nbytes: number }

/** Parses and checks `tensor-cache.json`: a non-empty `records` list of shards with a path and a size. */
export function parseTensorCache(text: string, url: string): ShardFacts[] {
  const json = parseJsonObject(text, url)
  const records = json.records
  if (!Array.isArray(records) || records.length === 0) throw new ConfigInvalidError(url, 'the field "records" is missing or lists no weight shards')
  return records.map((rec: unknown, i: number) => {
    const r = rec as { dataPath?: unknown; nbytes?: unknown }
    if (typeof r?.dataPath !== "string" || !r.dataPath || /^[a-z]+:|^\/|\.\./i.test(r.dataPath))
      throw new ConfigInvalidError(url, `shard ${i} has no usable "dataPath" (a relative file name)`)
    if (!isInt(r.nbytes) || (r.nbytes as number) < 0) throw new ConfigInvalidError(url, `shard ${i} (${r.dataPath}) has no usable "nbytes"`)
    return { dataPath: r.dataPath, nbytes: r.nbytes as number }
  })
}

function parseJsonObject(text: string, url: string): Record<string, unknown> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new ConfigInvalidError(url, `it is not valid JSON (${(error as Error).message.slice(0, 80)})`, { cause: error })
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new ConfigInvalidError(url, "it is not a JSON object")
  return json as Record<string, unknown>
}

function isInt(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value)
}
