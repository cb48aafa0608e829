import { LlmAbortedError, ModelUnreachableError } from "../llm/errors"

export type ReadBodyOptions = {
  signal?: AbortSignal
  /** Called with each chunk's size as it arrives (progress bars). */
  onBytes?: (n: number) => void
  /** Stop (and cancel the connection) once this many bytes are in; the result may be longer by one chunk. */
  stopAfter?: number
}

/**
 * Reads a response body chunk by chunk, for every model download (web-llm shards and GGUF parts alike):
 * progress per chunk, cancel between chunks, and a broken connection reported as `ModelUnreachableError`.
 */
export async function readBody(response: Response, url: string, { signal, onBytes, stopAfter }: ReadBodyOptions = {}): Promise<Uint8Array> {
  const reader = response.body?.getReader()
  if (!reader) return new Uint8Array(await response.arrayBuffer())
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      if (signal?.aborted) throw new LlmAbortedError("The download")
      if (stopAfter !== undefined && size >= stopAfter) {
        await reader.cancel().catch(() => undefined)
        break
      }
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      size += value.byteLength
      onBytes?.(value.byteLength)
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined)
    if (error instanceof LlmAbortedError || signal?.aborted) throw error instanceof LlmAbortedError ? error : new LlmAbortedError("The download", { cause: error })
    throw new ModelUnreachableError(url, { cause: error, metaMessages: ["The connection broke during the download."] })
  }
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}
