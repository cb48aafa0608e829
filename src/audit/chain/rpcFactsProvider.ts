/**
 * Chain facts from the user's own RPC: code and code size, nonce, EIP-1967 proxy implementation, EIP-7702
 * delegation, ERC-20 metadata through eth_call, and eth_simulateV1 (logs read by `simulation/`, the rights it
 * grants compared with the chain's current ones). Answers are cached (LRU + TTL; simulations for 15 s).
 */
import { decodeAbiParameters, hexToString } from "viem"
import { readSimulationLogs } from "../simulation/readSimulationLogs"
import { revertReason } from "../simulation/revertReason"
import type { AccountFacts, ChainFactsProvider, SimulatedGrant, SimulationCall, SimulationResult, TokenFacts } from "../types"
import { RpcResponseError } from "./errors"
import { rpcRequest } from "./rpcRequest"
import { TtlCache } from "./ttlCache"

/** keccak256("eip1967.proxy.implementation") − 1 */
const EIP1967_IMPLEMENTATION_SLOT = "0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc"
const DELEGATION_PREFIX = "0xef0100"

const accounts = new TtlCache<AccountFacts>(1000, 60_000)
const tokens = new TtlCache<TokenFacts | null>(1000, 10 * 60_000)
/** Simulations, per request (same sender, target, value and calldata), for a few seconds only: state moves. */
const simulations = new TtlCache<SimulationResult>(200, 15_000)

/** Forgets cached simulations (benchmarks measure uncached ones). */
export function clearSimulationCache(): void {
  simulations.clear()
}

export type RpcFactsOptions = { timeoutMs?: number }

/** A `ChainFactsProvider` backed by `rpcUrl`. */
export function createRpcFactsProvider(rpcUrl: string, options: RpcFactsOptions = {}): ChainFactsProvider {
  const timeoutMs = options.timeoutMs ?? 1500
  return createCallFactsProvider(<T>(method: string, params: unknown[]) => rpcRequest<T>(rpcUrl, method, params, timeoutMs), rpcUrl)
}

/**
 * The same facts read through any JSON-RPC `call` (e.g. a page wallet's EIP-1193 `request`, see
 * `untrustedFacts.ts`); `rpcUrl` is only the cache's namespace, so two sources never share answers.
 */
export function createCallFactsProvider(call: RpcCall, rpcUrl: string): ChainFactsProvider {
  return {
    async getAccount(address) {
      const key = `${rpcUrl}|${address}`
      const cached = accounts.get(key)
      if (cached) return cached
      const [code, nonceHex] = await Promise.all([call<string>("eth_getCode", [address, "latest"]), call<string>("eth_getTransactionCount", [address, "latest"])])
      const codeHex = typeof code === "string" ? code.toLowerCase() : "0x"
      const codeSize = Math.max(0, (codeHex.length - 2) / 2)
      const facts: AccountFacts = { isContract: codeSize > 0, codeSize, nonce: Number.parseInt(String(nonceHex), 16) || 0 }
      if (codeHex.startsWith(DELEGATION_PREFIX) && codeSize === 23) {
        facts.delegatedTo = `0x${codeHex.slice(8, 48)}`
      } else if (codeSize > 0) {
        const slot = await call<string>("eth_getStorageAt", [address, EIP1967_IMPLEMENTATION_SLOT, "latest"])
        const impl = typeof slot === "string" ? `0x${slot.slice(-40)}` : undefined
        if (impl && !/^0x0{40}$/.test(impl)) facts.proxyImplementation = impl.toLowerCase()
      }
      accounts.set(key, facts)
      return facts
    },
    async getToken(address) {
      const key = `${rpcUrl}|${address}`
      const cached = tokens.get(key)
      if (cached !== undefined) return cached ?? undefined
      const read = (data: string) => call<string>("eth_call", [{ to: address, data }, "latest"]).catch(() => "0x")
      const [sym, dec, name] = await Promise.all([read("0x95d89b41"), read("0x313ce567"), read("0x06fdde03")])
      const facts: TokenFacts = { symbol: readString(sym), name: readString(name) }
      if (typeof dec === "string" && dec.length >= 66) {
        const d = Number.parseInt(dec.slice(0, 66), 16)
        if (Number.isInteger(d) && d >= 0 && d <= 36) facts.decimals = d
      }
      const result = facts.symbol || facts.decimals !== undefined ? facts : null
      tokens.set(key, result)
      return result ?? undefined
    },
    async simulate(tx: SimulationCall): Promise<SimulationResult> {
      // One simulation per request: the review may ask again (re-render, second audit pass) within seconds.
      const key = `${rpcUrl}|${tx.from ?? ""}|${tx.to ?? ""}|${tx.value ?? ""}|${tx.data ?? ""}`
      const cached = simulations.get(key)
      if (cached) return cached
      const result = await simulateOnce(call, tx)
      simulations.set(key, result)
      return result
    }
  }
}

export type RpcCall = <T>(method: string, params: unknown[]) => Promise<T>
type SimulatedCall = { status?: string; logs?: unknown[]; gasUsed?: string; returnData?: string; error?: { message?: string; data?: string } }

async function simulateOnce(call: RpcCall, tx: SimulationCall): Promise<SimulationResult> {
  let result: { calls?: SimulatedCall[] }[]
  try {
    result = await call("eth_simulateV1", [
      // traceTransfers makes the node report native-coin moves as logs too.
      { blockStateCalls: [{ calls: [tx] }], validation: false, traceTransfers: true },
      "latest"
    ])
  } catch (error) {
    if (error instanceof RpcResponseError && error.methodMissing) return { status: "unavailable", reason: "eth_simulateV1 is not supported by this node" }
    throw error
  }
  const first = Array.isArray(result) ? result[0]?.calls?.[0] : undefined
  if (!first) return { status: "failed", reason: "the node returned no call result" }
  const logs = Array.isArray(first.logs) ? first.logs : []
  const success = first.status === "0x1"
  const read = readSimulationLogs(logs)
  const owner = tx.from?.toLowerCase()
  // A grant is new only if it raises the right the user had before: read that right at the same block.
  await Promise.all(read.grants.slice(0, 8).map((g) => (g.owner === owner ? readBefore(call, g) : undefined)))
  return {
    status: "ok",
    success,
    logs: logs.length,
    gasUsed: first.gasUsed,
    error: success ? undefined : typeof first.error?.message === "string" ? first.error.message.slice(0, 300) : undefined,
    revertReason: success ? undefined : revertReason(first.error?.data ?? first.returnData),
    changes: read.changes,
    grants: read.grants,
    mentions: read.mentions
  }
}

/** Fills `g.before` with the allowance or operator flag as it stands before the transaction. */
async function readBefore(call: RpcCall, g: SimulatedGrant): Promise<void> {
  const word = (a: string) => a.slice(2).padStart(64, "0")
  try {
    if (g.kind === "erc20-approve") {
      const out = await call<string>("eth_call", [{ to: g.token, data: `0xdd62ed3e${word(g.owner)}${word(g.spender)}` }, "latest"])
      if (typeof out === "string" && out.length >= 66) g.before = { raw: BigInt(out.slice(0, 66)).toString() }
    } else if (g.kind === "nft-operator") {
      const out = await call<string>("eth_call", [{ to: g.token, data: `0xe985e9c5${word(g.owner)}${word(g.spender)}` }, "latest"])
      if (typeof out === "string" && out.length >= 66) g.before = { approved: BigInt(out.slice(0, 66)) !== 0n }
    }
  } catch {
    // Unread: the grant then counts as new (fail closed).
  }
}

/** ERC-20 name/symbol: an ABI string, or a bytes32 (old tokens like MKR). Capped and cleaned. */
function readString(hex: string): string | undefined {
  if (typeof hex !== "string" || hex.length < 66) return undefined
  try {
    if (hex.length === 66) return clean(hexToString(hex as `0x${string}`, { size: 32 }))
    const [s] = decodeAbiParameters([{ type: "string" }], hex as `0x${string}`)
    return clean(s)
  } catch {
    return undefined
  }
}

function clean(s: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const out = s
    .replace(/\u0000/g, "")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 32)
  return out || undefined
}
