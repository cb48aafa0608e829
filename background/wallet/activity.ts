import type { WalletActivity } from "~src/wallet/walletMessages"

export type { WalletActivity }

import { getLocal, setLocal } from "../studio/storage"

const ACTIVITY = "wallet.activity"
const MAX = 200

export async function loadActivity(): Promise<WalletActivity[]> {
  const list = await getLocal<WalletActivity[]>(ACTIVITY)
  return Array.isArray(list) ? list : []
}

let queue: Promise<unknown> = Promise.resolve()
/** Appends one entry (newest first, at most 200); writes are serialised. */
export function addActivity(entry: WalletActivity): Promise<void> {
  const next = queue.then(async () => setLocal(ACTIVITY, [entry, ...(await loadActivity())].slice(0, MAX)))
  queue = next.catch(() => undefined)
  return next
}
