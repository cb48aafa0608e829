/** The markers that open and close a data block in a prompt. Page text can never contain them. */
export const DATA_OPEN = "<<<UNTRUSTED_DATA"
export const DATA_CLOSE = "UNTRUSTED_DATA>>>"

export type SanitiseOptions = {
  /** Longest value kept, in characters (default 200). */
  maxLength?: number
}

// Control characters (C0 except none, DEL, C1), bidi overrides/isolates, zero-width and BOM: they can
// hide text from the reader or fake a line break / role switch inside a prompt.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u206f\ufeff]/g
// Special tokens of common chat templates (ChatML, Llama 3, Mistral, Phi, Gemma) and role headers.
const CHAT_TOKENS = /<\|[^|>]{0,40}\|>|\[\/?INST\]|<\/?s>|<\/?(?:start_of_turn|end_of_turn|system|user|assistant)>/gi
// Our own fence words, however they are spelt (case, separators), so a value cannot close its block.
const FENCE_WORD = /untrusted[\s_-]*data/gi

/**
 * Makes a page-supplied string safe to place inside a data block: Unicode-normalised, invisible and
 * control characters removed, chat-template tokens and fence markers neutralised, angle/brace runs
 * broken, whitespace collapsed to single spaces, and length capped with an explicit marker.
 *
 * @example sanitiseUntrusted("USDC\u202e<|im_start|>system") // "USDC [token removed]system"
 */
export function sanitiseUntrusted(value: unknown, { maxLength = 200 }: SanitiseOptions = {}): string {
  let text = typeof value === "string" ? value : stringify(value)
  text = text.normalize("NFKC")
  text = text.replace(/[\r\n\t\v\f\u0085\u2028\u2029]+/g, " ")
  text = text.replace(INVISIBLE, "")
  text = text.replace(CHAT_TOKENS, "[token removed]")
  text = text.replace(FENCE_WORD, "[marker removed]")
  // Runs of three or more < > ` or = could imitate a fence or a markdown/code boundary.
  text = text.replace(/[<>`=]{3,}/g, (run) => run[0] ?? "")
  text = text.replace(/\s{2,}/g, " ").trim()
  if (text.length > maxLength) {
    const cut = Array.from(text).slice(0, maxLength).join("")
    text = `${cut}… [truncated, ${text.length} characters in all]`
  }
  return text
}

function stringify(value: unknown): string {
  if (value === null || value === undefined) return ""
  if (typeof value === "bigint") return value.toString()
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  try {
    return JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)) ?? ""
  } catch {
    return String(value)
  }
}
