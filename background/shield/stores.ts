import { Storage } from "@plasmohq/storage"

import { addConfirmed, knownCounterparties, parseCounterparties } from "~src/shield/counterparties"
import { appendHistory, recordDecision, type Decision, type HistoryEntry } from "~src/shield/history"
import { parseSettings, storedSettings, type ShieldSettings } from "~src/shield/settings"

const storage = new Storage({ area: "local" })
const SETTINGS_KEY = "shield.settings"
const HISTORY_KEY = "shield.history"
const COUNTERPARTIES_KEY = "shield.counterparties"

// Writes are serialised: two audits finishing together must not drop each other's history entry.
let queue: Promise<unknown> = Promise.resolve()
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task)
  queue = next.catch(() => undefined)
  return next
}

export async function loadSettings(): Promise<ShieldSettings> {
  return parseSettings(await storage.get<ShieldSettings>(SETTINGS_KEY))
}

export function updateSettings(change: (s: ShieldSettings) => ShieldSettings): Promise<ShieldSettings> {
  return serial(async () => {
    const next = parseSettings(change(await loadSettings()))
    await storage.set(SETTINGS_KEY, storedSettings(next))
    return next
  })
}

export async function loadHistory(): Promise<HistoryEntry[]> {
  const h = await storage.get<HistoryEntry[]>(HISTORY_KEY)
  return Array.isArray(h) ? h : []
}

export function addHistory(entry: HistoryEntry): Promise<void> {
  return serial(async () => {
    await storage.set(HISTORY_KEY, appendHistory(await loadHistory(), entry))
  })
}

export function decideHistory(id: string, decision: Decision): Promise<void> {
  return serial(async () => {
    await storage.set(HISTORY_KEY, recordDecision(await loadHistory(), id, decision, Date.now()))
  })
}

/** Counterparties from requests the user confirmed with a click (see src/shield/counterparties.ts). */
export async function loadCounterparties(): Promise<string[]> {
  return knownCounterparties(parseCounterparties(await storage.get(COUNTERPARTIES_KEY)))
}

export function rememberCounterparties(origin: string, addresses: string[]): Promise<void> {
  return serial(async () => {
    const store = parseCounterparties(await storage.get(COUNTERPARTIES_KEY))
    await storage.set(COUNTERPARTIES_KEY, addConfirmed(store, origin, addresses, Date.now()))
  })
}
