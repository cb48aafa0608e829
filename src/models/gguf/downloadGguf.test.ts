import { describe, expect, it } from "vitest"

import { tinyGguf } from "../../../test/fixtures-llm/tinyGguf"
import { memoryArtifactStore } from "../artifactStore"
import type { FetchLike } from "../fetchChecked"
import { downloadGguf } from "./downloadGguf"
import { deleteGguf, isGgufCached, readGgufParts } from "./ggufParts"

const URL_ = "http://127.0.0.1:1/tiny.gguf"

/** A server answering single byte ranges of `file`, counting requests; `failAt` breaks one range. */
function rangeServer(file: Uint8Array, opts: { ranges?: boolean; failFrom?: number } = {}) {
  const seen: string[] = []
  const fetch: FetchLike = async (_url, init) => {
    const range = new Headers(init?.headers).get("range") ?? ""
    seen.push(range)
    const m = /bytes=(\d+)-(\d+)/.exec(range)
    if (opts.ranges === false || !m) return new Response(file.slice(), { status: 200, headers: { "content-length": String(file.byteLength) } })
    const from = Number(m[1])
    if (opts.failFrom !== undefined && from >= opts.failFrom) return new Response("gone", { status: 503 })
    const to = Math.min(Number(m[2]), file.byteLength - 1)
    return new Response(file.slice(from, to + 1), { status: 206, headers: { "content-range": `bytes ${from}-${to}/${file.byteLength}` } })
  }
  return { fetch, seen }
}

describe("downloadGguf", () => {
  const file = tinyGguf().bytes
  const partBytes = 64 * 1024

  it("downloads in ranges with byte progress, checks the header, and stores every part", async () => {
    const store = memoryArtifactStore()
    const server = rangeServer(file)
    const progress: number[] = []
    const r = await downloadGguf(URL_, { fetch: server.fetch, store, partBytes, onProgress: (p) => p.phase === "download" && progress.push(p.loaded) })
    expect(r).toMatchObject({ size: file.byteLength, bytesFetched: file.byteLength, partsAlreadyCached: 0, header: { architecture: "llama" } })
    expect(server.seen.length).toBe(Math.ceil(file.byteLength / partBytes))
    expect(progress.at(-1)).toBe(file.byteLength)
    expect(progress.every((v, i) => i === 0 || v >= progress[i - 1]!)).toBe(true)
    expect(await isGgufCached(store, URL_)).toBe(true)
    const parts = (await readGgufParts(store, URL_))!
    expect(Buffer.compare(Buffer.concat(parts), Buffer.from(file))).toBe(0)
    await deleteGguf(store, URL_)
    expect(await isGgufCached(store, URL_)).toBe(false)
    expect(store.entries.size).toBe(0)
  })

  it("resumes after a broken download at the first missing part", async () => {
    const store = memoryArtifactStore()
    await expect(downloadGguf(URL_, { fetch: rangeServer(file, { failFrom: 3 * partBytes }).fetch, store, partBytes })).rejects.toMatchObject({ code: "llm/file-missing" })
    expect(await isGgufCached(store, URL_)).toBe(false)
    const again = rangeServer(file)
    const r = await downloadGguf(URL_, { fetch: again.fetch, store, partBytes })
    expect(r.partsAlreadyCached).toBe(3)
    expect(again.seen[0]).toBe(`bytes=${3 * partBytes}-${4 * partBytes - 1}`)
    expect(await isGgufCached(store, URL_)).toBe(true)
  })

  it("cancels between chunks and stores no half part", async () => {
    const store = memoryArtifactStore()
    const controller = new AbortController()
    const p = downloadGguf(URL_, {
      fetch: rangeServer(file).fetch,
      store,
      partBytes,
      signal: controller.signal,
      onProgress: (e) => e.phase === "download" && e.loaded > partBytes && controller.abort()
    })
    await expect(p).rejects.toMatchObject({ code: "llm/aborted" })
    for (const [key, value] of store.entries) if (key.includes("/part-")) expect(value.byteLength).toBe(partBytes)
  })

  it("fails clearly on a file that is not GGUF, and on a server without ranges for a large file", async () => {
    const html = new TextEncoder().encode("<!doctype html><title>Not found</title>".padEnd(4000, " "))
    await expect(downloadGguf(URL_, { fetch: rangeServer(html).fetch, store: memoryArtifactStore(), partBytes })).rejects.toThrow(
      /The GGUF file tiny\.gguf is not usable: it does not start with the GGUF magic/
    )
    await expect(downloadGguf(URL_, { fetch: rangeServer(file, { ranges: false }).fetch, store: memoryArtifactStore(), partBytes })).rejects.toThrow(
      /does not answer byte-range requests/
    )
    // A small file from a server without ranges is fine in one part.
    const r = await downloadGguf(URL_, { fetch: rangeServer(file, { ranges: false }).fetch, store: memoryArtifactStore(), partBytes: 16 * 2 ** 20 })
    expect(r.size).toBe(file.byteLength)
  })
})
