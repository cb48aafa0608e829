import { DATA_CLOSE, DATA_OPEN, sanitiseUntrusted } from "./sanitiseUntrusted"

/** One untrusted value with the (trusted) label it is shown under. */
export type DataEntry = { label: string; value: unknown }

export type FenceDataOptions = {
  /** Name of the block, e.g. "page" (letters, digits, dashes only). */
  name: string
  /** Longest value kept per entry (default 200 characters). */
  maxValueLength?: number
  /** Most entries kept; the rest are counted, not shown (default 60). */
  maxEntries?: number
  /** Most characters of value lines in all, so the prompt fits a small context window (default 6000, ~1.5k tokens). */
  maxTotalLength?: number
}

/**
 * Puts untrusted values in one delimited data block, one `label: "value"` line each. Each value is
 * sanitised and then JSON-quoted, so it can neither close its quotes nor its block.
 */
export function fenceData(entries: readonly DataEntry[], { name, maxValueLength = 200, maxEntries = 60, maxTotalLength = 6000 }: FenceDataOptions): string {
  const blockName = name.replace(/[^a-z0-9-]/gi, "") || "data"
  const lines: string[] = []
  let total = 0
  for (const { label, value } of entries.slice(0, maxEntries)) {
    const safeLabel = sanitiseUntrusted(label, { maxLength: 80 }).replace(/[^\w.\-[\] ]/g, "_")
    const line = `${safeLabel}: ${JSON.stringify(sanitiseUntrusted(value, { maxLength: maxValueLength }))}`
    if (total + line.length > maxTotalLength) break
    lines.push(line)
    total += line.length
  }
  if (entries.length > lines.length) lines.push(`(${entries.length - lines.length} more values not shown)`)
  if (lines.length === 0) lines.push("(no values)")
  return [`${DATA_OPEN} name=${blockName}`, ...lines, DATA_CLOSE].join("\n")
}
