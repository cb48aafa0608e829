import { createReadStream } from "node:fs"
import { stat } from "node:fs/promises"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { join, normalize, resolve, sep } from "node:path"

export type ServedRequest = { method: string; path: string; status: number; range?: string /** Date.now() when answered */; time: number }

export type DirectoryServer = {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string
  /** Every request answered, in order (lets tests assert that real HTTP happened, and what was cached). */
  requests: ServedRequest[]
  close(): Promise<void>
}

export type ServeDirectoryOptions = {
  /** Delay before each response body, in ms, or per path (lets progress and cancel tests interleave). */
  delayMs?: number | ((path: string) => number)
  /** Bytes per written chunk when streaming a file (default 16 KiB), so progress has several steps. */
  chunkBytes?: number
  /** Send COOP/COEP so a page served here is cross-origin isolated (SharedArrayBuffer, wllama's threads). */
  isolate?: boolean
}

/**
 * Serves `root` on a free loopback port: GET and HEAD, single byte ranges (`Range: bytes=a-b`), CORS
 * open to any origin (an extension fetches cross-origin), no directory listing, no path escape.
 */
export async function serveDirectory(root: string, { delayMs = 0, chunkBytes = 16 * 1024, isolate = false }: ServeDirectoryOptions = {}): Promise<DirectoryServer> {
  const base = resolve(root)
  const requests: ServedRequest[] = []
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)
    const log = (status: number) => requests.push({ method: req.method ?? "GET", path, status, range: req.headers.range, time: Date.now() })
    res.setHeader("Access-Control-Allow-Origin", "*")
    if (isolate) {
      res.setHeader("Cross-Origin-Opener-Policy", "same-origin")
      res.setHeader("Cross-Origin-Embedder-Policy", "require-corp")
      res.setHeader("Cross-Origin-Resource-Policy", "cross-origin")
    }
    res.setHeader("Access-Control-Expose-Headers", "Content-Length, Content-Range, Accept-Ranges")
    if (req.method === "OPTIONS") {
      res.setHeader("Access-Control-Allow-Headers", "Range, Content-Type")
      res.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
      res.writeHead(204).end()
      return log(204)
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end()
      return log(405)
    }
    const file = normalize(join(base, path))
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end()
      return log(403)
    }
    const info = await stat(file).catch(() => undefined)
    if (!info?.isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found")
      return log(404)
    }
    let start = 0
    let end = info.size - 1
    let status = 200
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? "")
    if (range && (range[1] || range[2])) {
      if (range[1]) {
        start = Number(range[1])
        if (range[2]) end = Math.min(Number(range[2]), end)
      } else {
        start = Math.max(0, info.size - Number(range[2]))
      }
      if (start > end || start >= info.size) {
        res.writeHead(416, { "Content-Range": `bytes */${info.size}` }).end()
        return log(416)
      }
      status = 206
      res.setHeader("Content-Range", `bytes ${start}-${end}/${info.size}`)
    }
    res.writeHead(status, {
      "Content-Length": String(end - start + 1),
      "Content-Type": contentType(file),
      "Accept-Ranges": "bytes"
    })
    log(status)
    if (req.method === "HEAD") return void res.end()
    const delay = typeof delayMs === "function" ? delayMs(path) : delayMs
    if (delay) await new Promise((r) => setTimeout(r, delay))
    createReadStream(file, { start, end, highWaterMark: chunkBytes }).pipe(res)
  })
  await new Promise<void>((resolveListen) => server.listen(0, "127.0.0.1", resolveListen))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections()
        server.close(() => resolveClose())
      })
  }
}

const TYPES: Record<string, string> = {
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript"
}

function contentType(file: string): string {
  const ext = /\.[a-z]+$/.exec(file)?.[0] ?? ""
  return TYPES[ext] ?? "application/octet-stream"
}

/** A loopback port that nothing listens on (bound, then released), for "unreachable host" tests. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((r) => server.close(() => r()))
  return port
}
