import { ConfigInvalidError, CustomModelInvalidError, FileMissingError, ModelLibInvalidError } from "../llm/errors"
import { checkCustomModelInput } from "./checkCustomModelInput"
import type { CustomModelEntry, CustomModelInput } from "./customModelTypes"
import { fetchChecked, type FetchLike } from "./fetchChecked"
import { CHAT_CONFIG_FILE, LEGACY_TENSOR_CACHE_FILE, parseChatConfig, parseTensorCache, resolveModelBaseUrl, TENSOR_CACHE_FILE } from "./modelLayout"

export type ValidateCustomModelParameters = {
  fetch: FetchLike
  /** Ids already in use (presets and other custom models). */
  reservedIds?: readonly string[]
  signal?: AbortSignal
  timeoutMs?: number
  /** Which weight shards to check exist with the listed size (default "all"; "first" for huge models). */
  checkShards?: "all" | "first" | "none"
  /** Clock for `addedAt` (tests pass a fixed one). */
  now?: () => number
}

export type ValidateCustomModelReturnType = CustomModelEntry & {
  /** What was checked, for the UI ("config ok, 2 shards, 3.1 MB, tokenizer.json, model lib is wasm"). */
  checks: string[]
}

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d]

/**
 * Validates a developer's custom model before it is saved: fields first, then over the network the
 * files web-llm will need — `mlc-chat-config.json` (parses, has the fields), `tensor-cache.json` (lists
 * shards, each reachable with the listed size), the tokenizer, and the model library (reachable, starts
 * with the WebAssembly magic). Each failure is its own typed error with the URL at fault. Returns the
 * web-llm `ModelRecord` to register.
 */
export async function validateCustomModel(input: CustomModelInput, params: ValidateCustomModelParameters): Promise<ValidateCustomModelReturnType> {
  const { fetch, reservedIds = [], signal, timeoutMs, checkShards = "all", now = Date.now } = params
  checkCustomModelInput(input, reservedIds)
  const opts = { fetch, signal, timeoutMs }
  const base = resolveModelBaseUrl(input.modelUrl)
  const checks: string[] = []

  const configUrl = new URL(CHAT_CONFIG_FILE, base).href
  const config = parseChatConfig(await (await fetchChecked(configUrl, opts)).text(), configUrl)
  if (config.contextWindow > 0 && input.contextWindow > config.contextWindow) {
    throw new CustomModelInvalidError("context window", `is ${input.contextWindow}, larger than the model's own context_window_size (${config.contextWindow})`)
  }
  checks.push(`${CHAT_CONFIG_FILE} parses (context ${config.contextWindow}, vocabulary ${config.vocabSize})`)

  const tensorUrl = new URL(TENSOR_CACHE_FILE, base).href
  let tensorText: string
  try {
    tensorText = await (await fetchChecked(tensorUrl, opts)).text()
  } catch (error) {
    if (error instanceof FileMissingError && (await exists(new URL(LEGACY_TENSOR_CACHE_FILE, base).href, opts))) {
      throw new ConfigInvalidError(
        tensorUrl,
        `it is missing, but ${LEGACY_TENSOR_CACHE_FILE} exists: that is the older MLC layout, which this web-llm version no longer reads (rename it to ${TENSOR_CACHE_FILE} or convert the weights again)`,
        { cause: error }
      )
    }
    throw error
  }
  const shards = parseTensorCache(tensorText, tensorUrl)
  const toCheck = checkShards === "all" ? shards : checkShards === "first" ? shards.slice(0, 1) : []
  await forEachLimited(toCheck, 4, async (shard) => {
    const url = new URL(shard.dataPath, base).href
    const size = await contentLength(url, opts)
    if (size !== undefined && size !== shard.nbytes) throw new ConfigInvalidError(tensorUrl, `shard ${shard.dataPath} is ${size} bytes on the server but listed as ${shard.nbytes}`)
  })
  const weightBytes = shards.reduce((sum, s) => sum + s.nbytes, 0)
  checks.push(`${TENSOR_CACHE_FILE} lists ${shards.length} shard(s), ${weightBytes} bytes${toCheck.length ? `; ${toCheck.length} checked on the server` : ""}`)

  const tokenizerUrl = new URL(config.tokenizerFile, base).href
  const tokenizerBytes = (await contentLength(tokenizerUrl, opts)) ?? 0
  checks.push(`${config.tokenizerFile} is there`)

  await checkModelLib(input.modelLibUrl, opts)
  checks.push("the model library is a WebAssembly module")

  return {
    record: {
      model: input.modelUrl,
      model_id: input.id,
      model_lib: input.modelLibUrl,
      overrides: { context_window_size: input.contextWindow },
      ...(input.vramMB !== undefined ? { vram_required_MB: input.vramMB } : {}),
      low_resource_required: false
    },
    label: input.label?.trim() ? input.label.trim().slice(0, 60) : undefined,
    contextWindow: input.contextWindow,
    downloadBytes: weightBytes + tokenizerBytes,
    addedAt: now(),
    checks
  }
}

type Opts = { fetch: FetchLike; signal?: AbortSignal; timeoutMs?: number }

/** Size of a file from a HEAD request (falling back to a 1-byte GET when HEAD is refused); undefined if the server does not say. */
async function contentLength(url: string, opts: Opts): Promise<number | undefined> {
  let response: Response
  try {
    response = await fetchChecked(url, { ...opts, init: { method: "HEAD" } })
  } catch (error) {
    if (!(error instanceof FileMissingError) || (error.status !== 405 && error.status !== 501)) throw error
    response = await fetchChecked(url, { ...opts, init: { headers: { Range: "bytes=0-0" } } })
    await response.body?.cancel().catch(() => undefined)
    const total = response.headers.get("content-range")?.split("/")[1]
    return total && /^\d+$/.test(total) ? Number(total) : undefined
  }
  const length = response.headers.get("content-length")
  return length && /^\d+$/.test(length) ? Number(length) : undefined
}

async function exists(url: string, opts: Opts): Promise<boolean> {
  try {
    await contentLength(url, opts)
    return true
  } catch {
    return false
  }
}

/** The library must be reachable and start with `\0asm`; only its first bytes are fetched. */
async function checkModelLib(url: string, opts: Opts): Promise<void> {
  let response: Response
  try {
    response = await fetchChecked(url, { ...opts, init: { headers: { Range: "bytes=0-7" } } })
  } catch (error) {
    if (error instanceof FileMissingError) throw new ModelLibInvalidError(url, `the server answered HTTP ${error.status ?? "error"} (missing file)`, { cause: error })
    throw error
  }
  const head = await readFirstBytes(response, 4)
  if (head.length < 4 || WASM_MAGIC.some((b, i) => head[i] !== b)) {
    throw new ModelLibInvalidError(url, "it is not a WebAssembly module (it does not start with \\0asm)")
  }
}

async function readFirstBytes(response: Response, count: number): Promise<Uint8Array> {
  const reader = response.body?.getReader()
  if (!reader) return new Uint8Array()
  const out: number[] = []
  while (out.length < count) {
    const { done, value } = await reader.read()
    if (done || !value) break
    out.push(...value.subarray(0, count - out.length))
  }
  await reader.cancel().catch(() => undefined)
  return Uint8Array.from(out)
}

async function forEachLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await run(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
