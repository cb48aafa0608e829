import type { KeyValueStore } from "../../../src/models/customModelStore"

/** `chrome.storage.local` as the key-value store the custom model registry takes. */
export const chromeStorageKv: KeyValueStore = {
  get: async (key) => (await chrome.storage.local.get(key))[key],
  set: (key, value) => chrome.storage.local.set({ [key]: value })
}
