import { progressEvent } from "../../llm/engine"
import { GgufInvalidError, LlmAbortedError } from "../../llm/errors"
import { type DownloadParameters, fetchChecked } from "../fetchChecked"
import { readBody } from "../readBody"
import { checkGgufHeader, type CheckGgufHeaderReturnType } from "./checkGgufHeader"
import { GGUF_PART_BYTES, GGUF_SCOPE, ggufPartKey, readGgufManifest, writeGgufManifest, type GgufManifest } from "./ggufParts"
import { GgufFormatError, GgufTruncatedError, readGgufHeader } from "./readGgufHeader"

/** `timeoutMs` is per part; a part is 16 MiB, so its default is generous for slow links (120 s). */
export type DownloadGgufParameters = DownloadParameters & { partBytes?: number }

export type DownloadGgufReturnType = { size: number; bytesFetched: number; partsFetched: number; partsAlreadyCached: number; header?: CheckGgufHeaderReturnType }

const MB = 2 ** 20

/**
 * Downloads a GGUF model into the artifact store with the same behaviour as web-llm downloads (byte
 * progress, cancel, resume, one clear error per failure): in 16 MiB HTTP range requests, each part
 * stored once it is whole, so an interrupted download resumes at the first missing part. The header is
 * checked from the first part, before the rest is fetched, so a wrong file fails in seconds.
 */
export async function downloadGguf(url: string, params: DownloadGgufParameters): Promise<DownloadGgufReturnType> {
  const { fetch, store, onProgress, signal, timeoutMs = 120_000, partBytes = GGUF_PART_BYTES } = params
  const result: DownloadGgufReturnType = { size: 0, bytesFetched: 0, partsFetched: 0, partsAlreadyCached: 0 }
  let loaded = 0
  let lastReported = -1
  const report = (manifest: GgufManifest, force = false) => {
    const fraction = manifest.size ? loaded / manifest.size : 1
    if (!force && fraction - lastReported < 0.002) return
    lastReported = fraction
    onProgress?.(progressEvent("download", loaded, manifest.size, `Downloading the model: ${(loaded / MB).toFixed(1)} / ${(manifest.size / MB).toFixed(1)} MB`))
  }
  const fetchPart = async (index: number, manifest?: GgufManifest) => {
    const from = index * partBytes
    const to = manifest ? Math.min(manifest.size, from + partBytes) - 1 : from + partBytes - 1
    const response = await fetchChecked(url, { fetch, signal, timeoutMs, init: { headers: { Range: `bytes=${from}-${to}` } } })
    // A server without range support sends the whole file with 200: only usable for the first part,
    // and only when the whole file fits in one part.
    const total = totalOf(response)
    if (response.status !== 206 && from > 0) throw new GgufInvalidError(url, "the server does not answer byte-range requests, so the download cannot resume")
    const body = await readBody(response, url, { signal, onBytes: (n) => manifest && ((loaded += n), report(manifest)) })
    return { body, total: total ?? (response.status === 200 ? body.byteLength : undefined), whole: response.status === 200 }
  }

  onProgress?.(progressEvent("config", 0, 1, "Checking the model file…"))
  let manifest = await readGgufManifest(store, url)
  if (!manifest) {
    const first = await fetchPart(0)
    if (first.total === undefined) throw new GgufInvalidError(url, "the server did not say how large the file is (no Content-Range or Content-Length)")
    if (first.whole && first.total > partBytes) throw new GgufInvalidError(url, "the server does not answer byte-range requests, so the download cannot resume")
    result.header = checkHeader(first.body, url)
    manifest = { size: first.total, partBytes, parts: Math.max(1, Math.ceil(first.total / partBytes)) }
    if (first.body.byteLength !== Math.min(partBytes, manifest.size))
      throw new GgufInvalidError(url, `the first part has ${first.body.byteLength} bytes, expected ${Math.min(partBytes, manifest.size)}`)
    await writeGgufManifest(store, url, manifest)
    await store.put(GGUF_SCOPE, ggufPartKey(url, 0), first.body, "application/octet-stream")
    result.bytesFetched += first.body.byteLength
    result.partsFetched++
  }
  result.size = manifest.size
  onProgress?.(progressEvent("config", 1, 1, "Model file checked."))

  for (let i = 0; i < manifest.parts; i++) {
    if (signal?.aborted) throw new LlmAbortedError("The download")
    const expected = Math.min(manifest.partBytes, manifest.size - i * manifest.partBytes)
    const cached = await store.has(GGUF_SCOPE, ggufPartKey(url, i))
    if (cached) {
      // Part 0 may have just been fetched to read the size; every other cached part is a resume.
      if (!(i === 0 && result.partsFetched > 0)) result.partsAlreadyCached++
      loaded += expected
      report(manifest, true)
      continue
    }
    const part = await fetchPart(i, manifest)
    if (part.body.byteLength !== expected)
      throw new GgufInvalidError(url, `part ${i + 1} of ${manifest.parts} has ${part.body.byteLength} bytes, expected ${expected} (the file changed on the server?)`)
    if (i === 0) result.header = checkHeader(part.body, url)
    if (signal?.aborted) throw new LlmAbortedError("The download")
    await store.put(GGUF_SCOPE, ggufPartKey(url, i), part.body, "application/octet-stream")
    result.bytesFetched += part.body.byteLength
    result.partsFetched++
    report(manifest, true)
  }
  return result
}

/** Checks the header in the first bytes; a header longer than one part is left to llama.cpp. */
function checkHeader(bytes: Uint8Array, url: string): CheckGgufHeaderReturnType | undefined {
  try {
    return checkGgufHeader(readGgufHeader(bytes), url)
  } catch (error) {
    if (error instanceof GgufTruncatedError) return undefined
    if (error instanceof GgufFormatError) throw new GgufInvalidError(url, error.message, { cause: error })
    throw error
  }
}

/** The file's total size from `Content-Range: bytes a-b/N`, or from Content-Length on a 200. */
function totalOf(response: Response): number | undefined {
  const range = /\/(\d+)\s*$/.exec(response.headers.get("content-range") ?? "")
  if (range) return Number(range[1])
  const length = response.headers.get("content-length")
  return response.status === 200 && length ? Number(length) : undefined
}
