/** Thin JSON helpers over chrome.storage (the only place the Studio touches it directly). */
export async function getLocal<T>(key: string): Promise<T | undefined> {
  return (await chrome.storage.local.get(key))[key] as T | undefined
}
export async function setLocal(key: string, value: unknown): Promise<void> {
  await chrome.storage.local.set({ [key]: value })
}
export async function getSession<T>(key: string): Promise<T | undefined> {
  return (await chrome.storage.session.get(key))[key] as T | undefined
}
export async function setSession(key: string, value: unknown): Promise<void> {
  await chrome.storage.session.set({ [key]: value })
}
export async function removeSession(key: string): Promise<void> {
  await chrome.storage.session.remove(key)
}
