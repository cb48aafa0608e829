import { DESCRIPTION_MAX, TITLE_MAX } from "../prompt/buildTitleMessages"
import { sanitiseUntrusted } from "../prompt/sanitiseUntrusted"

export type ArtTitle = { title: string; description: string }

const STOP_WORDS = new Set(["a", "an", "the", "of", "in", "on", "at", "with", "and", "or", "to", "for", "by", "from", "is", "are"])

/**
 * A deterministic title and description for an art prompt: the first few meaningful words in title
 * case, and a sentence quoting the (sanitised, capped) prompt.
 */
export function titleFromTemplate(artPrompt: string): ArtTitle {
  const clean = sanitiseUntrusted(artPrompt, { maxLength: 120 })
  const words = clean
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .split(/\s+/)
    .filter((w) => w && !STOP_WORDS.has(w.toLowerCase()))
    .slice(0, 5)
  const title = words.length
    ? words
        .map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())
        .join(" ")
        .slice(0, TITLE_MAX)
    : "Untitled"
  const description = `A locally generated image from the prompt "${clean}".`.slice(0, DESCRIPTION_MAX)
  return { title, description }
}
