import { type Ask, type CreateAskParameters, createAsk } from "~src/messaging/ask"

/**
 * Typed questions to the service worker from the extension's pages and the relay (`src/messaging/protocol.ts`
 * lists them). The answer is always a `Result`: a dead worker is a failure to show, not an exception.
 */
export function askBackgroundWith(options: CreateAskParameters = {}): Ask {
  return createAsk((message) => chrome.runtime.sendMessage(message), options)
}

export const askBackground: Ask = askBackgroundWith()
