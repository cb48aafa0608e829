import { DESCRIPTION_MAX, TITLE_MAX } from "../prompt/buildTitleMessages"
import { sanitiseUntrusted } from "../prompt/sanitiseUntrusted"
import type { ArtTitle } from "../templates/titleFromTemplate"

/**
 * Reads "Title: …" and "Description: …" from a model's reply. Returns undefined when either is
 * missing or empty, so the caller can fall back to the template. Both are sanitised and capped.
 */
export function parseTitleReply(reply: string): ArtTitle | undefined {
  const title = /^\s*\**\s*title\s*\**\s*:\s*(.+)$/im.exec(reply)?.[1]
  const description = /^\s*\**\s*description\s*\**\s*:\s*(.+)$/im.exec(reply)?.[1]
  if (!title || !description) return undefined
  const cleanTitle = sanitiseUntrusted(title.replace(/^["'*\s]+|["'*\s]+$/g, ""), { maxLength: TITLE_MAX * 2 })
    .slice(0, TITLE_MAX)
    .trim()
  const cleanDescription = sanitiseUntrusted(description.replace(/^["'*\s]+|["'*\s]+$/g, ""), { maxLength: DESCRIPTION_MAX * 2 })
    .slice(0, DESCRIPTION_MAX)
    .trim()
  if (!cleanTitle || !cleanDescription) return undefined
  return { title: cleanTitle, description: cleanDescription }
}
