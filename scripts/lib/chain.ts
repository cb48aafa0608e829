/**
 * Starts and stops the local devnet: a Hardhat 2 node on loopback with funded, unlocked dev accounts.
 * Used by `npm start`, the integration tests and the end-to-end tests.
 */
import { spawn, type ChildProcess } from "node:child_process"
import { createServer } from "node:net"
import { fileURLToPath } from "node:url"
import path from "node:path"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const DEVNET_CHAIN_ID = 31337

/** The well-known Hardhat dev account #0 (public test key; never holds real value). */
export const DEV_ACCOUNTS = [
  { address: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", privateKey: "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80" },
  { address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", privateKey: "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d" },
  { address: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", privateKey: "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a" }
] as const

export type Chain = { rpcUrl: string; port: number; stop: () => Promise<void> }

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))))
    })
  })
}

export async function rpc<T = unknown>(rpcUrl: string, method: string, params: unknown[] = []): Promise<T> {
  const res = await fetch(rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params })
  })
  const body = (await res.json()) as { result?: T; error?: { message: string } }
  if (body.error) throw new Error(`${method}: ${body.error.message}`)
  return body.result as T
}

/** Starts a Hardhat node on `port` (a free one if omitted) and resolves once it answers JSON-RPC. */
export async function startChain(options: { port?: number; quiet?: boolean } = {}): Promise<Chain> {
  const port = options.port ?? (await freePort())
  const rpcUrl = `http://127.0.0.1:${port}`
  const bin = path.join(ROOT, "node_modules", ".bin", "hardhat")
  const child: ChildProcess = spawn(
    bin,
    ["node", "--hostname", "127.0.0.1", "--port", String(port), "--config", path.join(ROOT, "scripts", "hardhat.config.cjs")],
    {
      cwd: path.join(ROOT, "scripts"),
      env: { ...process.env, HARDHAT_DISABLE_TELEMETRY_PROMPT: "true", DO_NOT_TRACK: "1" },
      stdio: options.quiet === false ? "inherit" : ["ignore", "pipe", "pipe"]
    }
  )
  let log = ""
  child.stdout?.on("data", (d) => (log = (log + d).slice(-4000)))
  child.stderr?.on("data", (d) => (log = (log + d).slice(-4000)))
  let exited = false
  child.on("exit", () => (exited = true))

  const deadline = Date.now() + 60_000
  for (;;) {
    if (exited) throw new Error(`the local chain exited while starting:\n${log}`)
    try {
      await rpc(rpcUrl, "eth_chainId")
      break
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGKILL")
        throw new Error(`the local chain did not answer on ${rpcUrl} within 60 s:\n${log}`)
      }
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (exited) return resolve()
      child.once("exit", () => resolve())
      child.kill("SIGTERM")
      setTimeout(() => child.kill("SIGKILL"), 3000).unref()
    })
  return { rpcUrl, port, stop }
}
