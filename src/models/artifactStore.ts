/**
 * Where downloaded model files are kept. The scopes are web-llm's Cache API cache names, so files stored
 * by `downloadModel` are found by web-llm's own loader (`cache.match(url)`) and by `hasModelInCache`.
 * "mamori/gguf" holds the CPU engine's GGUF files, in parts (see `gguf/ggufParts.ts`).
 */
export type ArtifactScope = "webllm/config" | "webllm/model" | "webllm/wasm" | "mamori/gguf"

export interface ArtifactStore {
  has(scope: ArtifactScope, url: string): Promise<boolean>
  get(scope: ArtifactScope, url: string): Promise<Uint8Array | undefined>
  put(scope: ArtifactScope, url: string, body: Uint8Array, contentType: string): Promise<void>
  delete(scope: ArtifactScope, url: string): Promise<boolean>
}

/** An in-memory store, for tests and node scripts. */
export function memoryArtifactStore(): ArtifactStore & { entries: Map<string, Uint8Array> } {
  const entries = new Map<string, Uint8Array>()
  // Like the Cache API, ignore the URL's fragment when matching (so tests catch keys that differ only there).
  const key = (scope: ArtifactScope, url: string) => `${scope} ${url.split("#")[0]}`
  return {
    entries,
    has: async (scope, url) => entries.has(key(scope, url)),
    get: async (scope, url) => entries.get(key(scope, url)),
    put: async (scope, url, body) => {
      entries.set(key(scope, url), body.slice())
    },
    delete: async (scope, url) => entries.delete(key(scope, url))
  }
}
