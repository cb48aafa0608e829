/**
 * Starts and stops the local devnet: an Anvil node (from the pinned npm package, no other install) on loopback
 * with funded, unlocked dev accounts. Anvil answers eth_simulateV1 with traceTransfers, which the Shield's
 * simulation needs; it also speaks the hardhat_mine / evm_mine / evm_setAutomine calls the tests use.
 * A Hardhat 2 node (no eth_simulateV1) is still available as `startChain({ node: "hardhat" })` for the
 * tests of a node that cannot simulate. Used by `npm start`, the integration tests and the end-to-end tests.
 */
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process"
import { accessSync, chmodSync, constants, existsSync, statSync } from "node:fs"
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

export type Chain = { rpcUrl: string; port: number; node: DevnetNode; stop: () => Promise<void> }

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

export type DevnetNode = "anvil" | "hardhat"

/** The Anvil binary inside the pinned npm package (@foundry-rs/anvil's Linux x64 build). */
export const ANVIL_BIN = path.join(ROOT, "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil")

/** The Anvil binary, made executable when npm unpacked it without the x bit (its install script may not run). */
export function anvilBinary(): string {
  if (!existsSync(ANVIL_BIN)) throw new Error(`Anvil is missing at ${path.relative(ROOT, ANVIL_BIN)}: run npm ci (it comes with the @foundry-rs/anvil dev dependency, Linux x64)`)
  try {
    accessSync(ANVIL_BIN, constants.X_OK)
  } catch {
    chmodSync(ANVIL_BIN, statSync(ANVIL_BIN).mode | 0o111)
  }
  return ANVIL_BIN
}

function spawnNode(node: DevnetNode, port: number, quiet: boolean): ChildProcess {
  const stdio: StdioOptions = quiet ? ["ignore", "pipe", "pipe"] : "inherit"
  if (node === "hardhat") {
    return spawn(
      path.join(ROOT, "node_modules", ".bin", "hardhat"),
      ["node", "--hostname", "127.0.0.1", "--port", String(port), "--config", path.join(ROOT, "scripts", "hardhat.config.cjs")],
      { cwd: path.join(ROOT, "scripts"), env: { ...process.env, HARDHAT_DISABLE_TELEMETRY_PROMPT: "true", DO_NOT_TRACK: "1" }, stdio }
    )
  }
  // Same chain id, hardfork, accounts (the standard test mnemonic) and balances as the Hardhat config, so
  // addresses, deployments and tests do not depend on which node runs.
  const args = ["--host", "127.0.0.1", "--port", String(port), "--chain-id", String(DEVNET_CHAIN_ID), "--hardfork", "prague", "--accounts", "10", "--balance", "10000"]
  return spawn(anvilBinary(), quiet ? [...args, "--quiet"] : args, { cwd: ROOT, stdio })
}

/**
 * Starts the devnet on `port` (a free one if omitted) and resolves once it answers JSON-RPC.
 * `node` defaults to Anvil; `MAMORI_DEVNET=hardhat` switches the default (to compare the two).
 */
export async function startChain(options: { port?: number; quiet?: boolean; node?: DevnetNode } = {}): Promise<Chain> {
  const port = options.port ?? (await freePort())
  const rpcUrl = `http://127.0.0.1:${port}`
  const node: DevnetNode = options.node ?? (process.env.MAMORI_DEVNET === "hardhat" ? "hardhat" : "anvil")
  const child: ChildProcess = spawnNode(node, port, options.quiet !== false)
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
  return { rpcUrl, port, node, stop }
}

/** A native transfer between two dev accounts, simulated; the node must report it as a traced transfer log. */
export async function checkSimulation(rpcUrl: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  const [from, to] = [DEV_ACCOUNTS[0].address.toLowerCase(), DEV_ACCOUNTS[1].address.toLowerCase()]
  try {
    const result = await rpc<{ calls?: { status?: string; logs?: { address?: string; topics?: string[] }[] }[] }[]>(rpcUrl, "eth_simulateV1", [
      { blockStateCalls: [{ calls: [{ from, to, value: "0x1" }] }], traceTransfers: true, validation: false },
      "latest"
    ])
    const call = result?.[0]?.calls?.[0]
    if (call?.status !== "0x1") return { ok: false, reason: "the simulated transfer did not succeed" }
    const traced = call.logs?.some((l) => l.address?.toLowerCase() === "0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee" && l.topics?.[2]?.toLowerCase().endsWith(to.slice(2)))
    return traced ? { ok: true } : { ok: false, reason: "no traced native transfer in the simulation's logs (traceTransfers ignored)" }
  } catch (error) {
    return { ok: false, reason: (error as Error).message }
  }
}

/** The receipt of `hash`, waiting for the node to mine it (Anvil answers eth_sendTransaction before the receipt exists). */
export async function receiptOf<T = { contractAddress: string; status: string; blockNumber: string }>(rpcUrl: string, hash: string, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const receipt = await rpc<T | null>(rpcUrl, "eth_getTransactionReceipt", [hash])
    if (receipt) return receipt
    if (Date.now() > until) throw new Error(`no receipt for ${hash} after ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 50))
  }
}
