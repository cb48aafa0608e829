import { MAX_PROMPT_BYTES } from "../limits"

export type PromptLength = { bytes: number; max: number; tooLong: boolean; note: string }

/**
 * How long a prompt is where it counts: in UTF-8 bytes, the unit the contract caps (a character can take
 * up to 4). The note is the counter under the prompt box, or the reason the prompt cannot be minted.
 */
export function promptLength(prompt: string): PromptLength {
  const bytes = new TextEncoder().encode(prompt.trim()).length
  const tooLong = bytes > MAX_PROMPT_BYTES
  const note = tooLong
    ? `Too long: ${bytes} of ${MAX_PROMPT_BYTES} bytes. The collection stores at most ${MAX_PROMPT_BYTES} bytes of UTF-8; accented letters take 2 bytes and emoji 4.`
    : `${bytes} / ${MAX_PROMPT_BYTES} bytes`
  return { bytes, max: MAX_PROMPT_BYTES, tooLong, note }
}
