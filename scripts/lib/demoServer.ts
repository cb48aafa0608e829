/**
 * Serves the demo dapp on 127.0.0.1 and proxies its wallet's JSON-RPC (`POST /rpc`) to the local devnet,
 * so the page and its dev wallet share one origin.
 */
import { createServer, type Server } from "node:http"
import { readFile } from "node:fs/promises"
import path from "node:path"

import { ROOT } from "./chain"
import { proxyRpc } from "./proxyRpc"

const DEMO_DIR = path.join(ROOT, "scripts", "demo")
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" }

export type DemoServer = { url: string; port: number; close: () => Promise<void> }

export async function startDemoServer(options: { rpcUrl: string; port?: number }): Promise<DemoServer> {
  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://127.0.0.1")
      if (await proxyRpc(req, res, url, options.rpcUrl)) return
      const name = url.pathname === "/" ? "index.html" : url.pathname.slice(1)
      const file = path.normalize(path.join(DEMO_DIR, name))
      if (!file.startsWith(DEMO_DIR + path.sep)) throw Object.assign(new Error("forbidden"), { status: 403 })
      const body = await readFile(file)
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" })
      res.end(body)
    } catch (e) {
      const status = (e as { status?: number; code?: string }).status ?? ((e as { code?: string }).code === "ENOENT" ? 404 : 502)
      res.writeHead(status, { "content-type": "text/plain" })
      res.end(String((e as Error).message))
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve())
  })
  const port = (server.address() as { port: number }).port
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
