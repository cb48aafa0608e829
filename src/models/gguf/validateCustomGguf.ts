import { CustomModelInvalidError, GgufInvalidError } from "../../llm/errors"
import { checkCustomModelInput } from "../checkCustomModelInput"
import type { CustomModelEntry, CustomModelInput } from "../customModelTypes"
import { fetchChecked, type FetchLike } from "../fetchChecked"
import { readBody } from "../readBody"
import { checkGgufHeader } from "./checkGgufHeader"
import { GgufFormatError, GgufTruncatedError, readGgufHeader } from "./readGgufHeader"

export type ValidateCustomGgufParameters = {
  fetch: FetchLike
  reservedIds?: readonly string[]
  signal?: AbortSignal
  timeoutMs?: number
  now?: () => number
}

export type ValidateCustomGgufReturnType = CustomModelEntry & { checks: string[] }

// Enough for most headers (a 150k-token vocabulary with merges is ~6 MB); read more only when needed.
const FIRST_READ = 1 << 20
const MAX_HEADER = 64 << 20

/**
 * Validates a developer's CPU model (a GGUF URL) before it is saved, reading only the header with range
 * requests: GGUF magic and version, a supported architecture, a tensor count, a context length (the
 * entry's context window may not exceed it) and a tokenizer. One typed error per failure.
 */
export async function validateCustomGguf(input: CustomModelInput, params: ValidateCustomGgufParameters): Promise<ValidateCustomGgufReturnType> {
  const { fetch, reservedIds = [], signal, timeoutMs, now = Date.now } = params
  checkCustomModelInput({ ...input, engine: "cpu" }, reservedIds)
  const url = input.modelUrl
  let want = FIRST_READ
  for (;;) {
    const response = await fetchChecked(url, { fetch, signal, timeoutMs, init: { headers: { Range: `bytes=0-${want - 1}` } } })
    const size = sizeOf(response)
    const bytes = await readBody(response, url, { signal, stopAfter: want })
    try {
      const header = checkGgufHeader(readGgufHeader(bytes), url)
      if (input.contextWindow > header.contextLength)
        throw new CustomModelInvalidError("context window", `is ${input.contextWindow}, larger than the model's own context length (${header.contextLength})`)
      const checks = [
        `GGUF v${readGgufHeader(bytes).version} header parses`,
        `architecture ${header.architecture}, ${header.tensorCount} tensors, context ${header.contextLength}`,
        size === undefined ? "size unknown" : `${size} bytes`
      ]
      return {
        engine: "cpu",
        record: { model: url, model_id: input.id, model_lib: "", overrides: { context_window_size: input.contextWindow } },
        label: input.label,
        contextWindow: input.contextWindow,
        downloadBytes: size,
        gguf: { architecture: header.architecture, contextLength: header.contextLength, tensorCount: header.tensorCount },
        addedAt: now(),
        checks
      }
    } catch (error) {
      if (error instanceof GgufFormatError) throw new GgufInvalidError(url, error.message, { cause: error })
      // The whole file was read (or the cap reached) and the header still does not end: it is broken.
      if (error instanceof GgufTruncatedError && bytes.byteLength >= want && want < MAX_HEADER) {
        want *= 4
        continue
      }
      if (error instanceof GgufTruncatedError) throw new GgufInvalidError(url, "the file ends inside its header (truncated)", { cause: error })
      throw error
    }
  }
}

function sizeOf(response: Response): number | undefined {
  const range = /\/(\d+)\s*$/.exec(response.headers.get("content-range") ?? "")
  if (range) return Number(range[1])
  const length = response.headers.get("content-length")
  return response.status === 200 && length ? Number(length) : undefined
}
