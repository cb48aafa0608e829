import type { LlmProgress } from "../llm/engine"
import { FileMissingError, LlmAbortedError, ModelUnreachableError } from "../llm/errors"
import type { ArtifactStore } from "./artifactStore"

/** The subset of `fetch` the model code needs; injected so node tests and the extension pass their own. */
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>

/** What every model download takes: web-llm directories (`downloadModel`) and GGUF files (`downloadGguf`). */
export type DownloadParameters = {
  fetch: FetchLike
  store: ArtifactStore
  onProgress?: (progress: LlmProgress) => void
  signal?: AbortSignal
  /** Give up on a request that does not answer after this long (each download has its default). */
  timeoutMs?: number
}

export type FetchCheckedOptions = {
  fetch: FetchLike
  init?: RequestInit
  signal?: AbortSignal
  /** Give up on a host that does not answer after this long (default 15 s). */
  timeoutMs?: number
}

/**
 * Fetches `url` and sorts failures into the errors a person can act on: no answer at all
 * (`ModelUnreachableError`), an answer without the file (`FileMissingError`, with the status), or a
 * cancel (`LlmAbortedError`). Resolves only with a 2xx response.
 */
export async function fetchChecked(url: string, { fetch, init, signal, timeoutMs = 15_000 }: FetchCheckedOptions): Promise<Response> {
  if (signal?.aborted) throw new LlmAbortedError("The download")
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetch(url, { ...init, signal: combined })
  } catch (error) {
    if (signal?.aborted) throw new LlmAbortedError("The download", { cause: error })
    if (timeout.aborted) throw new ModelUnreachableError(url, { cause: error, metaMessages: [`No answer within ${Math.round(timeoutMs / 1000)} s.`] })
    throw new ModelUnreachableError(url, { cause: error, metaMessages: [describeNetworkError(error)] })
  }
  if (!response.ok) {
    // Drain the body so the connection can be reused; its content does not matter.
    await response.body?.cancel().catch(() => undefined)
    throw new FileMissingError(url, response.status)
  }
  return response
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause
  const detail = cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error)
  return `Network error: ${detail}`
}
