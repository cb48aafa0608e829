/**
 * Who sent a runtime message, as Chromium reports it (`chrome.runtime.MessageSender`). Only these fields
 * are read; none of them can be set by a page.
 */
export type SenderLike = { id?: string; url?: string; origin?: string; tab?: { id?: number }; frameId?: number; documentId?: string }

/** The extension receiving the message: its id and its pages' origin (`chrome-extension://<id>`). */
export type ExtensionIdentity = { id: string; origin: string }

/** The two kinds of caller a handler may allow. */
export type CallerKind = "extension-page" | "content-script"

/**
 * A classified caller. A content script carries the origin of its frame as Chromium saw it: the only
 * origin a handler may trust (a page-supplied origin is data, never identity).
 */
export type Caller = { kind: "extension-page"; url: string } | { kind: "content-script"; origin: string; tabId: number; frameId?: number; documentId?: string }

/**
 * Classifies a sender, or returns undefined for anything else (another extension, a sender without a
 * URL). Extension pages (popup, options, offscreen document) are recognised by their URL's origin, not by
 * the absence of a tab: the options page runs in a tab too.
 */
export function identifyCaller(sender: SenderLike | undefined, extension: ExtensionIdentity): Caller | undefined {
  if (!sender || sender.id !== extension.id || typeof sender.url !== "string") return undefined
  // Compared as text: URL parsers outside Chromium give non-web schemes an opaque origin.
  if (sender.url.startsWith(`${extension.origin}/`)) return { kind: "extension-page", url: sender.url }
  const tabId = sender.tab?.id
  if (typeof tabId !== "number") return undefined
  // sender.origin is the frame's origin (also right for about:blank frames, whose URL has none).
  const origin = typeof sender.origin === "string" && sender.origin ? sender.origin : originOf(sender.url)
  if (!origin || origin === extension.origin) return undefined
  // documentId names the frame's current document: a request can be tied to it and dropped when it goes away.
  return { kind: "content-script", origin, tabId, frameId: sender.frameId, ...(typeof sender.documentId === "string" ? { documentId: sender.documentId } : {}) }
}

function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin
    return origin === "null" ? undefined : origin
  } catch {
    return undefined
  }
}
