import { GgufInvalidError } from "../../llm/errors"
import { SUPPORTED_GGUF_ARCHITECTURES } from "./ggufFormat"
import type { GgufHeader } from "./readGgufHeader"

export type CheckGgufHeaderReturnType = {
  architecture: string
  /** The context the model was trained for (`<arch>.context_length`). */
  contextLength: number
  tensorCount: number
  /** The model's own name, when it has one. */
  name?: string
}

// No real model has more (a 70B llama has ~720); a larger count means a corrupt or hostile header.
const MAX_TENSORS = 100_000

/**
 * Checks that a GGUF header describes a model the bundled llama.cpp can run for chat: version 2 or 3,
 * a supported architecture, a plausible tensor count, a context length, and a tokenizer. One
 * `GgufInvalidError` per failure, naming what is wrong.
 */
export function checkGgufHeader(header: GgufHeader, url: string): CheckGgufHeaderReturnType {
  const fail = (problem: string) => new GgufInvalidError(url, problem)
  if (header.version !== 2 && header.version !== 3) throw fail(`GGUF version ${header.version} is not supported (2 or 3 are)`)
  const architecture = header.metadata["general.architecture"]
  if (typeof architecture !== "string") throw fail("it has no general.architecture")
  if (!(SUPPORTED_GGUF_ARCHITECTURES as readonly string[]).includes(architecture))
    throw fail(`its architecture "${architecture}" is not one Mamori runs (${SUPPORTED_GGUF_ARCHITECTURES.join(", ")})`)
  if (header.tensorCount < 1 || header.tensorCount > MAX_TENSORS) throw fail(`its tensor count ${header.tensorCount} is not a model's`)
  const context = header.metadata[`${architecture}.context_length`]
  const contextLength = typeof context === "bigint" ? Number(context) : context
  if (typeof contextLength !== "number" || !Number.isInteger(contextLength) || contextLength < 1) throw fail(`it has no ${architecture}.context_length`)
  const tokens = header.metadata["tokenizer.ggml.tokens"]
  if (typeof header.metadata["tokenizer.ggml.model"] !== "string" || typeof tokens !== "object" || !("arrayLength" in tokens) || tokens.arrayLength < 1)
    throw fail("it has no tokenizer (tokenizer.ggml.model and tokenizer.ggml.tokens)")
  const name = header.metadata["general.name"]
  return { architecture, contextLength, tensorCount: header.tensorCount, name: typeof name === "string" ? name : undefined }
}
