import { getAddress, isAddress, type Address } from "viem"

import { parseDeployment } from "~src/chain/deployment"
import type { StudioSettings } from "~src/studio/studioSettings"

import { getLocal, setLocal } from "./storage"

export type { StudioSettings }

const KEY = "studio.settings"
export const DEFAULT_RPC_URL = "http://127.0.0.1:8545"
export const DEFAULT_CHAIN_ID = 31337

/** The bundled assets/deployments/31337.json (copied into the build), or null when none was deployed. */
async function bundledCollection(): Promise<Address | null> {
  try {
    const res = await fetch(chrome.runtime.getURL(`assets/deployments/${DEFAULT_CHAIN_ID}.json`))
    if (!res.ok) return null
    return parseDeployment(await res.json()).collection
  } catch {
    return null
  }
}

export async function loadStudioSettings(): Promise<StudioSettings> {
  const stored = (await getLocal<Partial<StudioSettings>>(KEY)) ?? {}
  return {
    rpcUrl: typeof stored.rpcUrl === "string" && /^https?:\/\//.test(stored.rpcUrl) ? stored.rpcUrl : DEFAULT_RPC_URL,
    chainId: Number.isSafeInteger(stored.chainId) && stored.chainId! > 0 ? stored.chainId! : DEFAULT_CHAIN_ID,
    collection: stored.collection && isAddress(stored.collection, { strict: false }) ? getAddress(stored.collection) : await bundledCollection()
  }
}

/** Merges a change (validated) into the stored settings. */
export async function updateStudioSettings(change: Partial<StudioSettings>): Promise<StudioSettings> {
  const stored = (await getLocal<Partial<StudioSettings>>(KEY)) ?? {}
  const next = { ...stored }
  if (typeof change.rpcUrl === "string" && /^https?:\/\//.test(change.rpcUrl)) next.rpcUrl = change.rpcUrl
  if (Number.isSafeInteger(change.chainId) && change.chainId! > 0) next.chainId = change.chainId
  if (change.collection && isAddress(change.collection, { strict: false })) next.collection = getAddress(change.collection)
  await setLocal(KEY, next)
  return loadStudioSettings()
}
