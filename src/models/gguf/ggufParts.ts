import type { ArtifactStore } from "../artifactStore"

/**
 * How a GGUF file sits in the artifact store: in parts of `partBytes` (so an interrupted download of a
 * 400 MB model resumes part by part, and no single cache entry is huge), plus a small manifest with the
 * total size, written once the size is known.
 */
export type GgufManifest = { size: number; partBytes: number; parts: number }

export const GGUF_SCOPE = "mamori/gguf" as const
export const GGUF_PART_BYTES = 16 * 2 ** 20

// Keys are URLs of their own: the Cache API ignores a URL's fragment when matching, so "<url>#part=1"
// would overwrite "<url>#part=0". A reserved host (.invalid) can never be fetched by mistake.
const keyBase = (url: string) => `https://gguf.mamori.invalid/${encodeURIComponent(url)}`
export const ggufPartKey = (url: string, index: number) => `${keyBase(url)}/part-${index}`
export const ggufManifestKey = (url: string) => `${keyBase(url)}/manifest`

export async function readGgufManifest(store: ArtifactStore, url: string): Promise<GgufManifest | undefined> {
  const bytes = await store.get(GGUF_SCOPE, ggufManifestKey(url))
  if (!bytes) return undefined
  try {
    const m = JSON.parse(new TextDecoder().decode(bytes)) as GgufManifest
    return Number.isInteger(m.size) && Number.isInteger(m.partBytes) && Number.isInteger(m.parts) ? m : undefined
  } catch {
    return undefined
  }
}

export async function writeGgufManifest(store: ArtifactStore, url: string, manifest: GgufManifest): Promise<void> {
  await store.put(GGUF_SCOPE, ggufManifestKey(url), new TextEncoder().encode(JSON.stringify(manifest)), "application/json")
}

/** True when the manifest and every part are stored. */
export async function isGgufCached(store: ArtifactStore, url: string): Promise<boolean> {
  const m = await readGgufManifest(store, url)
  if (!m) return false
  for (let i = 0; i < m.parts; i++) if (!(await store.has(GGUF_SCOPE, ggufPartKey(url, i)))) return false
  return true
}

/** The stored parts in order, or undefined when any is missing. */
export async function readGgufParts(store: ArtifactStore, url: string): Promise<Uint8Array[] | undefined> {
  const m = await readGgufManifest(store, url)
  if (!m) return undefined
  const parts: Uint8Array[] = []
  for (let i = 0; i < m.parts; i++) {
    const part = await store.get(GGUF_SCOPE, ggufPartKey(url, i))
    if (!part) return undefined
    parts.push(part)
  }
  return parts
}

/** Removes every part and the manifest (also the parts of an interrupted download). */
export async function deleteGguf(store: ArtifactStore, url: string): Promise<void> {
  const m = await readGgufManifest(store, url)
  const parts = m?.parts ?? 1
  for (let i = 0; i < parts; i++) await store.delete(GGUF_SCOPE, ggufPartKey(url, i))
  await store.delete(GGUF_SCOPE, ggufManifestKey(url))
}
