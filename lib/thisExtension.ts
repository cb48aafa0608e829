import type { ExtensionIdentity } from "~src/messaging/caller"

/** This extension as Chromium names it: its id and the origin of its pages (`chrome-extension://<id>`). */
export const thisExtension = (): ExtensionIdentity => ({ id: chrome.runtime.id, origin: chrome.runtime.getURL("").replace(/\/$/, "") })
