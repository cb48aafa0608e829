import { CustomModelInvalidError } from "../llm/errors"
import type { CustomModelEntry } from "./customModelTypes"

/** The storage the registry needs: chrome.storage.local, @plasmohq/storage or a Map all fit. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>
  set(key: string, value: unknown): Promise<void>
}

/** The storage key; versioned so a later format can migrate. */
export const CUSTOM_MODELS_KEY = "mamori.llm.customModels.v1"

/**
 * The developer's custom models, persisted through an injected key-value store. Entries are stored
 * only after `validateCustomModel` succeeded; malformed stored entries are skipped on read, not thrown.
 */
export class CustomModelStore {
  constructor(private readonly kv: KeyValueStore) {}

  /** All stored custom models, oldest first. */
  async list(): Promise<CustomModelEntry[]> {
    const raw = await this.kv.get(CUSTOM_MODELS_KEY)
    return Array.isArray(raw) ? raw.filter(isEntry) : []
  }

  async get(id: string): Promise<CustomModelEntry | undefined> {
    return (await this.list()).find((e) => e.record.model_id === id)
  }

  /** Adds an entry; with `replace`, an entry with the same id is overwritten, else it is an error. */
  async add(entry: CustomModelEntry, { replace = false }: { replace?: boolean } = {}): Promise<void> {
    if (!isEntry(entry)) throw new CustomModelInvalidError("entry", "is not a validated custom model")
    const entries = await this.list()
    const at = entries.findIndex((e) => e.record.model_id === entry.record.model_id)
    if (at >= 0 && !replace) throw new CustomModelInvalidError("id", `"${entry.record.model_id}" is already registered`)
    if (at >= 0) entries[at] = entry
    else entries.push(entry)
    await this.kv.set(CUSTOM_MODELS_KEY, entries)
  }

  /** Removes an entry; returns whether one was removed. (Cached files are deleted by the engine adapter.) */
  async remove(id: string): Promise<boolean> {
    const entries = await this.list()
    const kept = entries.filter((e) => e.record.model_id !== id)
    if (kept.length === entries.length) return false
    await this.kv.set(CUSTOM_MODELS_KEY, kept)
    return true
  }
}

/** A key-value store in memory, for tests and for the CLI. */
export function memoryKeyValueStore(initial: Record<string, unknown> = {}): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial))
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => {
      data.set(key, structuredClone(value))
    }
  }
}

function isEntry(value: unknown): value is CustomModelEntry {
  const e = value as CustomModelEntry
  return (
    typeof e === "object" &&
    e !== null &&
    typeof e.record?.model_id === "string" &&
    typeof e.record.model === "string" &&
    typeof e.record.model_lib === "string" &&
    typeof e.contextWindow === "number" &&
    typeof e.addedAt === "number"
  )
}
