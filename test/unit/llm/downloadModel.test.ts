import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { LlmProgress } from "../../../src/llm/engine"
import { ConfigInvalidError, FileMissingError, LlmAbortedError, ModelLibInvalidError, ModelUnreachableError } from "../../../src/llm/errors"
import { memoryArtifactStore } from "../../../src/models/artifactStore"
import type { WebLlmModelRecord } from "../../../src/models/customModelTypes"
import { downloadModel } from "../../../src/models/downloadModel"
import { closedPort, serveDirectory, type DirectoryServer } from "../../fixtures-llm/serveDirectory"
import { writeFakeModel } from "../../fixtures-llm/writeFakeModel"

let root: string
let server: DirectoryServer
let slow: DirectoryServer
const SHARD = 128 * 1024

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "mamori-download-"))
  await writeFakeModel(root, { name: "good", shards: 4, shardBytes: SHARD })
  await writeFakeModel(root, { name: "missing-shard", variant: "missing-shard", shardBytes: 4096 })
  await writeFakeModel(root, { name: "wrong-shard-size", variant: "wrong-shard-size", shardBytes: 4096 })
  await writeFakeModel(root, { name: "bad-lib", lib: "not-wasm", shardBytes: 4096 })
  server = await serveDirectory(root, { chunkBytes: 16 * 1024 })
  slow = await serveDirectory(root, { chunkBytes: 8 * 1024, delayMs: 20 })
})

afterAll(async () => {
  await server?.close()
  await slow?.close()
  await rm(root, { recursive: true, force: true })
})

const record = (origin: string, name: string): WebLlmModelRecord => ({ model: `${origin}/${name}`, model_id: name, model_lib: `${origin}/libs/${name}.wasm` })

describe("downloadModel against a local HTTP server", () => {
  it("fetches every file into web-llm's cache scopes with byte progress, then resumes from cache", async () => {
    const store = memoryArtifactStore()
    const events: LlmProgress[] = []
    const result = await downloadModel(record(server.origin, "good"), { fetch, store, onProgress: (p) => events.push(p) })
    expect(result).toMatchObject({ weightBytes: 4 * SHARD, filesFetched: 8, filesAlreadyCached: 0 })
    expect(result.bytesFetched).toBeGreaterThan(4 * SHARD)

    const base = `${server.origin}/good/resolve/main/`
    expect(await store.has("webllm/config", `${base}mlc-chat-config.json`)).toBe(true)
    expect(await store.has("webllm/model", `${base}tensor-cache.json`)).toBe(true)
    expect(await store.has("webllm/model", `${base}tokenizer.json`)).toBe(true)
    for (let i = 0; i < 4; i++) expect((await store.get("webllm/model", `${base}params_shard_${i}.bin`))?.byteLength).toBe(SHARD)
    expect(await store.has("webllm/wasm", `${server.origin}/libs/good.wasm`)).toBe(true)

    const downloads = events.filter((e) => e.phase === "download")
    expect(downloads.length).toBeGreaterThan(8) // several events per shard: a real progress bar
    for (let i = 1; i < downloads.length; i++) expect(downloads[i]!.loaded).toBeGreaterThanOrEqual(downloads[i - 1]!.loaded)
    expect(downloads.at(-1)).toMatchObject({ loaded: 4 * SHARD, total: 4 * SHARD, fraction: 1 })
    expect(downloads.at(-1)!.text).toBe("Downloading weights: 0.5 / 0.5 MB (4 of 4 files)")
    expect(events.map((e) => e.phase)).toContain("model-lib")

    const before = server.requests.length
    const again = await downloadModel(record(server.origin, "good"), { fetch, store })
    expect(again).toMatchObject({ filesFetched: 0, filesAlreadyCached: 8, bytesFetched: 0 })
    expect(server.requests.length).toBe(before)
  })

  /** Downloads the slow "good" model and cancels once `bytes` have arrived; resolves with what was stored. */
  async function cancelAfter(bytes: number, concurrency: number) {
    const store = memoryArtifactStore()
    const controller = new AbortController()
    const pending = downloadModel(record(slow.origin, "good"), {
      fetch,
      store,
      signal: controller.signal,
      concurrency,
      onProgress: (p) => {
        if (p.phase === "download" && p.loaded > bytes) controller.abort()
      }
    })
    await expect(pending).rejects.toBeInstanceOf(LlmAbortedError)
    return store
  }

  it("cancels mid-download without storing a partial file, and resumes file by file", async () => {
    const store = await cancelAfter(SHARD + 1, 1)
    const base = `${slow.origin}/good/resolve/main/`
    expect(await store.has("webllm/model", `${base}params_shard_0.bin`)).toBe(true)
    expect(await store.has("webllm/model", `${base}params_shard_1.bin`)).toBe(false)
    expect(await store.has("webllm/model", `${base}params_shard_3.bin`)).toBe(false)
    const resumed = await downloadModel(record(slow.origin, "good"), { fetch, store })
    expect(resumed.filesAlreadyCached).toBe(4) // config, manifest, tokenizer, shard 0
    expect(resumed.filesFetched).toBe(4)
  })

  it("cancels parallel shard downloads: whatever was stored is whole", async () => {
    const store = await cancelAfter(SHARD / 2, 3)
    const base = `${slow.origin}/good/resolve/main/`
    let stored = 0
    for (let i = 0; i < 4; i++) {
      const body = await store.get("webllm/model", `${base}params_shard_${i}.bin`)
      if (body) {
        stored++
        expect(body.byteLength).toBe(SHARD)
      }
    }
    expect(stored).toBeLessThan(4)
  })

  it("reports each failure with a clear typed error", async () => {
    const store = memoryArtifactStore()
    await expect(downloadModel(record(server.origin, "missing-shard"), { fetch, store })).rejects.toBeInstanceOf(FileMissingError)
    const corrupted = await downloadModel(record(server.origin, "wrong-shard-size"), { fetch, store }).catch((e) => e)
    expect(corrupted).toBeInstanceOf(ConfigInvalidError)
    expect(corrupted.shortMessage).toMatch(/params_shard_1.bin is not usable: the download has 4092 bytes but tensor-cache.json lists 4096/)
    expect(await store.has("webllm/model", `${server.origin}/wrong-shard-size/resolve/main/params_shard_1.bin`)).toBe(false)
    const badLib = await downloadModel(record(server.origin, "bad-lib"), { fetch, store }).catch((e) => e)
    expect(badLib).toBeInstanceOf(ModelLibInvalidError)
    expect(await store.has("webllm/wasm", `${server.origin}/libs/bad-lib.wasm`)).toBe(false)
    const port = await closedPort()
    await expect(downloadModel(record(`http://127.0.0.1:${port}`, "good"), { fetch, store })).rejects.toBeInstanceOf(ModelUnreachableError)
  })
})
