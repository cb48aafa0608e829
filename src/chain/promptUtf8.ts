/**
 * Prompts are minted as UTF-8 bytes and the collection refuses ill-formed UTF-8 at reveal. A JavaScript string
 * can hold a lone UTF-16 surrogate (pasted text, a cut emoji) that TextEncoder would silently turn into U+FFFD,
 * so a different prompt than the one shown would be proven and paid for: refuse it before anything is spent.
 */

/**
 * Returns the index of the first lone surrogate in `text`, or -1 when the string is well formed.
 * @example firstLoneSurrogate("fox \ud83e") // 4
 */
export function firstLoneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++
        continue
      }
      return i
    }
    if (c >= 0xdc00 && c <= 0xdfff) return i
  }
  return -1
}

const strict = new TextDecoder("utf-8", { fatal: true })

/**
 * Whether `bytes` are well-formed UTF-8 (the rule MamoriArt's reveal enforces: no overlong forms, no
 * surrogates, nothing above U+10FFFF, no truncated sequence).
 */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes)
    return true
  } catch {
    return false
  }
}

/** A message for the user when a prompt cannot be minted as UTF-8, else null. */
export function promptUtf8Problem(text: string): string | null {
  const at = firstLoneSurrogate(text)
  if (at < 0) return null
  return `The prompt has a broken character at position ${at + 1} (half of an emoji or symbol); it cannot be minted as UTF-8. Delete or retype it.`
}
