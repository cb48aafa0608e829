import type { ArtifactScope, ArtifactStore } from "../../src/models/artifactStore"

/**
 * `ArtifactStore` over the browser's Cache API, using web-llm's own cache names ("webllm/config",
 * "webllm/model", "webllm/wasm") and URL keys, so files stored by `downloadModel` are what web-llm's
 * loader and `hasModelInCache` find. Works in extension pages, the offscreen document and the service
 * worker (all share the extension's origin); not in content scripts (page origin).
 */
export function cacheArtifactStore(storage: CacheStorage = caches): ArtifactStore {
  const open = (scope: ArtifactScope) => storage.open(scope)
  return {
    async has(scope, url) {
      return (await (await open(scope)).match(new Request(url))) !== undefined
    },
    async get(scope, url) {
      const response = await (await open(scope)).match(new Request(url))
      return response ? new Uint8Array(await response.arrayBuffer()) : undefined
    },
    async put(scope, url, body, contentType) {
      const copy = new Uint8Array(body.byteLength)
      copy.set(body)
      await (await open(scope)).put(new Request(url), new Response(copy, { headers: { "Content-Type": contentType, "Content-Length": String(body.byteLength) } }))
    },
    async delete(scope, url) {
      return (await open(scope)).delete(new Request(url))
    }
  }
}
