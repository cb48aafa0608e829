import type { IncomingMessage, ServerResponse } from "node:http"

/**
 * Answers `POST /rpc` by forwarding the JSON-RPC body to `rpcUrl` (the devnet), so a page served on
 * loopback and its wallet share one origin. Returns false for any other request, which the caller serves.
 */
export async function proxyRpc(req: IncomingMessage, res: ServerResponse, url: URL, rpcUrl: string): Promise<boolean> {
  if (req.method !== "POST" || url.pathname !== "/rpc") return false
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  const upstream = await fetch(rpcUrl, { method: "POST", headers: { "content-type": "application/json" }, body: Buffer.concat(chunks) })
  res.writeHead(upstream.status, { "content-type": "application/json" })
  res.end(Buffer.from(await upstream.arrayBuffer()))
  return true
}
