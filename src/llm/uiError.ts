import { toLlmError } from "./toLlmError"

/** A failure as the model manager shows it: the stable code, one sentence, and the details. */
export type LlmUiError = { code: string; message: string; details?: string; field?: string }

/** Turns anything thrown into the UI's error shape (LLM errors keep their code and message). Safe to import in pages. */
export function toUiError(error: unknown): LlmUiError {
  const e = toLlmError(error)
  const field = (error as { field?: unknown })?.field
  return { code: e.code, message: e.shortMessage, details: e.details, ...(typeof field === "string" ? { field } : {}) }
}
