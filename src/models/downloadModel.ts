import { progressEvent } from "../llm/engine"
import { ConfigInvalidError, LlmAbortedError, ModelLibInvalidError } from "../llm/errors"
import type { ArtifactScope } from "./artifactStore"
import type { WebLlmModelRecord } from "./customModelTypes"
import { type DownloadParameters, fetchChecked } from "./fetchChecked"
import { readBody } from "./readBody"
import { CHAT_CONFIG_FILE, parseChatConfig, parseTensorCache, resolveModelBaseUrl, TENSOR_CACHE_FILE } from "./modelLayout"

export type DownloadModelParameters = DownloadParameters & {
  /** Also fetch the model library into `webllm/wasm` (default true). */
  includeModelLib?: boolean
  /** Weight shards fetched at once (default 3). */
  concurrency?: number
}

export type DownloadModelReturnType = {
  /** Bytes fetched over the network by this call. */
  bytesFetched: number
  /** Bytes of weights in all (fetched now or already cached). */
  weightBytes: number
  filesFetched: number
  filesAlreadyCached: number
}

const MB = 2 ** 20
const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d]

/**
 * Downloads a model's files into web-llm's caches with a real byte progress bar and cancel, before any
 * GPU work: config, tensor manifest, tokenizer, every weight shard (length-checked against the
 * manifest), and the model library. Files already cached are skipped, so an interrupted download
 * resumes file by file. A cancelled or failed file is never stored half-written.
 */
export async function downloadModel(record: WebLlmModelRecord, params: DownloadModelParameters): Promise<DownloadModelReturnType> {
  const { fetch, store, onProgress, signal, timeoutMs, includeModelLib = true, concurrency = 3 } = params
  const base = resolveModelBaseUrl(record.model)
  const result: DownloadModelReturnType = { bytesFetched: 0, weightBytes: 0, filesFetched: 0, filesAlreadyCached: 0 }

  /** Returns the file's bytes, from the store or the network (then stored). */
  const obtain = async (
    scope: ArtifactScope,
    url: string,
    contentType: string,
    jobSignal?: AbortSignal,
    onBytes?: (n: number) => void,
    expectBytes?: number
  ): Promise<Uint8Array> => {
    const cached = await store.get(scope, url)
    if (cached) {
      result.filesAlreadyCached++
      onBytes?.(cached.byteLength)
      return cached
    }
    const response = await fetchChecked(url, { fetch, timeoutMs, signal: jobSignal })
    const body = await readBody(response, url, { signal: jobSignal, onBytes })
    if (expectBytes !== undefined && body.byteLength !== expectBytes) {
      throw new ConfigInvalidError(url, `the download has ${body.byteLength} bytes but ${TENSOR_CACHE_FILE} lists ${expectBytes} (a corrupted or changed file)`)
    }
    if (jobSignal?.aborted) throw new LlmAbortedError("The download")
    await store.put(scope, url, body, contentType)
    result.filesFetched++
    result.bytesFetched += body.byteLength
    return body
  }

  onProgress?.(progressEvent("config", 0, 2, "Fetching the model's configuration…"))
  const configUrl = new URL(CHAT_CONFIG_FILE, base).href
  const config = parseChatConfig(decode(await obtain("webllm/config", configUrl, "application/json", signal)), configUrl)
  const tensorUrl = new URL(TENSOR_CACHE_FILE, base).href
  const shards = parseTensorCache(decode(await obtain("webllm/model", tensorUrl, "application/json", signal)), tensorUrl)
  onProgress?.(progressEvent("config", 2, 2, "Configuration fetched."))

  await obtain("webllm/model", new URL(config.tokenizerFile, base).href, "application/octet-stream", signal)

  const total = shards.reduce((sum, s) => sum + s.nbytes, 0)
  result.weightBytes = total
  let loaded = 0
  let filesDone = 0
  let lastReported = -1
  const report = (force = false) => {
    const fraction = total ? loaded / total : 1
    // About 500 events for a whole model at most: enough for a smooth bar, cheap to send over a port.
    if (!force && fraction - lastReported < 0.002) return
    lastReported = fraction
    onProgress?.(
      progressEvent("download", loaded, total, `Downloading weights: ${(loaded / MB).toFixed(1)} / ${(total / MB).toFixed(1)} MB (${filesDone} of ${shards.length} files)`)
    )
  }
  report(true)
  // A few shards at a time, like web-llm; the first failure stops the others.
  const inner = new AbortController()
  const stopAll = () => inner.abort()
  signal?.addEventListener("abort", stopAll, { once: true })
  try {
    await forEachLimited(shards, concurrency, inner, async (shard) => {
      await obtain(
        "webllm/model",
        new URL(shard.dataPath, base).href,
        "application/octet-stream",
        inner.signal,
        (n) => {
          loaded += n
          report()
        },
        shard.nbytes
      )
      filesDone++
      report(true)
    })
  } finally {
    signal?.removeEventListener("abort", stopAll)
  }

  if (includeModelLib) {
    onProgress?.(progressEvent("model-lib", 0, 1, "Fetching the model library…"))
    const lib = await obtain("webllm/wasm", record.model_lib, "application/wasm", signal)
    if (lib.byteLength < 4 || WASM_MAGIC.some((b, i) => lib[i] !== b)) {
      await store.delete("webllm/wasm", record.model_lib)
      throw new ModelLibInvalidError(record.model_lib, "it is not a WebAssembly module (it does not start with \\0asm)")
    }
    onProgress?.(progressEvent("model-lib", 1, 1, "Model library fetched."))
  }
  return result
}

/** Runs `work` over `items`, `limit` at a time; on the first failure aborts `stop` and rethrows that failure (not the aborts it caused). */
async function forEachLimited<T>(items: readonly T[], limit: number, stop: AbortController, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let first: { error: unknown } | undefined
  const worker = async () => {
    while (next < items.length && !first) {
      const item = items[next++]!
      try {
        await work(item)
      } catch (error) {
        if (!first) {
          first = { error }
          stop.abort()
        }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  if (first) throw first.error
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes)
}
