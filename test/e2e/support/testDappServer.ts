/**
 * Serves MetaMask's test dapp (`@metamask/test-dapp`, a real third-party dapp: its static build) on 127.0.0.1,
 * with `POST /rpc` proxied to the devnet for the emulated extension wallet, which signs through the page
 * origin's `/rpc` (test/e2e/support/emulated-wallet).
 */
import { readFile } from "node:fs/promises"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import path from "node:path"

import { ROOT } from "../../../scripts/lib/chain"
import { proxyRpc } from "../../../scripts/lib/proxyRpc"

const DIST = path.join(ROOT, "node_modules", "@metamask", "test-dapp", "dist")
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png"
}

export type TestDappServer = { url: string; close: () => Promise<void> }

export async function startTestDappServer(rpcUrl: string): Promise<TestDappServer> {
  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://127.0.0.1")
      if (await proxyRpc(req, res, url, rpcUrl)) return
      const file = path.normalize(path.join(DIST, url.pathname === "/" ? "index.html" : decodeURIComponent(url.pathname.slice(1))))
      if (!file.startsWith(DIST + path.sep)) throw Object.assign(new Error("forbidden"), { status: 403 })
      const body = await readFile(file)
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" })
      res.end(body)
    } catch (e) {
      const status = (e as { status?: number }).status ?? ((e as { code?: string }).code === "ENOENT" ? 404 : 502)
      res.writeHead(status, { "content-type": "text/plain" })
      res.end(String((e as Error).message))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
