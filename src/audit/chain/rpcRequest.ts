/** One JSON-RPC call over fetch with an AbortController time-out. Throws typed errors only. */
import { RpcResponseError, RpcUnreachableError } from "./errors"

let nextId = 1

/** The host of an RPC URL, for messages (never the full URL: it may carry an API key). */
export function rpcHost(url: string): string {
  try {
    return new URL(url).host || "(unknown host)"
  } catch {
    return "(invalid URL)"
  }
}

/** Calls `method` on `url`, giving up after `timeoutMs`. */
export async function rpcRequest<T>(url: string, method: string, params: unknown[], timeoutMs = 1500): Promise<T> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  let body: { result?: T; error?: { code?: number; message?: string } }
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: nextId++, method, params }),
      signal: controller.signal
    })
    if (!res.ok && res.status !== 400 && res.status !== 404 && res.status !== 405) {
      throw new RpcUnreachableError(rpcHost(url), `HTTP ${res.status}`)
    }
    body = (await res.json()) as typeof body
  } catch (error) {
    if (error instanceof RpcUnreachableError) throw error
    const reason = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : error instanceof Error ? error.message : String(error)
    throw new RpcUnreachableError(rpcHost(url), reason, error)
  } finally {
    clearTimeout(timer)
  }
  if (body && typeof body === "object" && body.error) throw new RpcResponseError(method, String(body.error.message ?? "error"), body.error.code)
  if (!body || typeof body !== "object" || !("result" in body)) throw new RpcUnreachableError(rpcHost(url), "the answer is not JSON-RPC")
  return body.result as T
}
