// The relay of Mamori's wallet: ISOLATED world, every frame. It carries the in-page provider's requests to the
// service worker (which reads the frame's origin from Chromium, never from here) and the answers back, and
// tells the provider when the wallet's state changed so it can emit accountsChanged / chainChanged.
import type { PlasmoCSConfig } from "plasmo"

import { askBackground } from "~lib/askBackground"
import { WALLET_DOCUMENT_PORT, WALLET_REQUEST_EVENT, WALLET_RESPONSE_EVENT, WALLET_STATE_EVENT } from "~src/wallet/providerInfo"

export const config: PlasmoCSConfig = {
  matches: ["<all_urls>"],
  run_at: "document_start",
  all_frames: true
}

const EPOCH_KEY = "wallet.epoch"

// This document's port: the service worker rejects this page's waiting requests when it closes (the page went
// away). Opened before a request, not kept alive for nothing: a stopped worker closes it, the next request reopens it.
let documentPort: chrome.runtime.Port | undefined
const watchDocument = () => {
  if (documentPort) return
  try {
    documentPort = chrome.runtime.connect({ name: WALLET_DOCUMENT_PORT })
    documentPort.onDisconnect.addListener(() => {
      documentPort = undefined
    })
  } catch {
    documentPort = undefined
  }
}
const reply = (name: string, detail: unknown) => window.dispatchEvent(new CustomEvent(name, { detail: JSON.stringify(detail) }))

async function rpc(method: string, params?: unknown): Promise<{ result?: unknown; error?: { code: number; message: string } }> {
  const answer = await askBackground("wallet-rpc", { method, params })
  if (!answer.ok) return { error: { code: 4900, message: `Mamori is not answering: ${answer.error.message}` } }
  return answer.value
}

window.addEventListener(WALLET_REQUEST_EVENT, (event) => {
  let m: { id?: unknown; method?: unknown; params?: unknown }
  try {
    m = JSON.parse(String((event as CustomEvent).detail))
  } catch {
    return
  }
  if (typeof m?.id !== "string" || typeof m.method !== "string") return
  const id = m.id
  watchDocument()
  void rpc(m.method, m.params).then((a) => reply(WALLET_RESPONSE_EVENT, { id, ...a }))
})

async function pushState(): Promise<void> {
  const [accounts, chainId] = await Promise.all([rpc("eth_accounts"), rpc("eth_chainId")])
  if (Array.isArray(accounts.result) && typeof chainId.result === "string") reply(WALLET_STATE_EVENT, { accounts: accounts.result, chainId: chainId.result })
  else if (chainId.error) reply(WALLET_STATE_EVENT, { disconnected: chainId.error.message })
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === "local" && changes[EPOCH_KEY]) void pushState()
})
void pushState()
