/**
 * Page text as the review shows it: nothing in it may hide from the user. Characters that are invisible or that
 * reorder what follows (bidi overrides and isolates, zero-width characters, other control characters) are shown
 * as `⟨U+202E⟩`; lines are kept as lines, and a run of empty lines (which pushes the part of a message that
 * matters out of view) is shown as one marker line saying how many there were.
 */
const HIDDEN =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: the class lists invisible and combining characters on purpose, one by one.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2028-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/gu

export function visibleText(text: string): string {
  const marked = text.replace(/\r\n?/g, "\n").replace(HIDDEN, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`)
  return marked.replace(/\n(?:[ \t]*\n){2,}/g, (run) => {
    const empty = run.split("\n").length - 2
    return `\n⟨${empty} empty lines⟩\n`
  })
}

/**
 * True when `visibleText` would change anything but line endings, or when the text holds "�" (the Shield's decoder
 * puts it where a bidi override was): the review then says the text hides something.
 */
export function hasHiddenText(text: string): boolean {
  HIDDEN.lastIndex = 0
  return HIDDEN.test(text) || text.includes("\uFFFD") || /\n(?:[ \t]*\n){2,}/.test(text)
}
