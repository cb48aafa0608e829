/**
 * Chain facts from the user's own RPC: code and code size, nonce, EIP-1967 proxy implementation, EIP-7702
 * delegation, ERC-20 metadata through eth_call, and eth_simulateV1. Answers are cached (LRU + TTL).
 */
import { decodeAbiParameters, hexToString } from "viem"
import type { AccountFacts, ChainFactsProvider, SimulatedChange, SimulationCall, SimulationResult, TokenFacts } from "../types"
import { RpcResponseError } from "./errors"
import { rpcRequest } from "./rpcRequest"
import { TtlCache } from "./ttlCache"

/** keccak256("eip1967.proxy.implementation") − 1 */
const EIP1967_IMPLEMENTATION_SLOT = "0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc"
const DELEGATION_PREFIX = "0xef0100"

const accounts = new TtlCache<AccountFacts>(1000, 60_000)
const tokens = new TtlCache<TokenFacts | null>(1000, 10 * 60_000)

export type RpcFactsOptions = { timeoutMs?: number }

/** A `ChainFactsProvider` backed by `rpcUrl`. */
export function createRpcFactsProvider(rpcUrl: string, options: RpcFactsOptions = {}): ChainFactsProvider {
  const timeoutMs = options.timeoutMs ?? 1500
  const call = <T>(method: string, params: unknown[]) => rpcRequest<T>(rpcUrl, method, params, timeoutMs)
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
      try {
        const result = await call<{ calls?: { status?: string; logs?: unknown[]; gasUsed?: string; error?: { message?: string } }[] }[]>("eth_simulateV1", [
          // traceTransfers makes the node report native-coin moves as logs too.
          { blockStateCalls: [{ calls: [tx] }], validation: false, traceTransfers: true },
          "latest"
        ])
        const first = Array.isArray(result) ? result[0]?.calls?.[0] : undefined
        if (!first) return { status: "failed", reason: "the node returned no call result" }
        const logs = Array.isArray(first.logs) ? first.logs : []
        return {
          status: "ok", success: first.status === "0x1", logs: logs.length, gasUsed: first.gasUsed, error: first.error?.message,
          changes: logs.slice(0, 200).map(readTransferLog).filter((c): c is SimulatedChange => !!c)
        }
      } catch (error) {
        if (error instanceof RpcResponseError && error.methodMissing) return { status: "unavailable", reason: "eth_simulateV1 is not supported by this node" }
        throw error
      }
    }
  }
}

const TRANSFER = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"
const TRANSFER_SINGLE = "0xc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f62"
/** eth_simulateV1 reports native transfers as ERC-20-style logs from this pseudo-address. */
const NATIVE_LOG_ADDRESS = "0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"

/** An asset movement from a Transfer / TransferSingle log, or undefined for any other log. */
export function readTransferLog(log: unknown): SimulatedChange | undefined {
  if (typeof log !== "object" || log === null) return undefined
  const { address, topics, data } = log as { address?: unknown; topics?: unknown; data?: unknown }
  if (typeof address !== "string" || !Array.isArray(topics) || !topics.every((t) => typeof t === "string")) return undefined
  const token = address.toLowerCase()
  const word = (t: string) => `0x${t.slice(-40)}`.toLowerCase()
  const hexData = typeof data === "string" && /^0x[0-9a-fA-F]*$/.test(data) ? data : "0x"
  try {
    if (topics[0] === TRANSFER && topics.length === 3) {
      const raw = hexData.length >= 66 ? BigInt(hexData.slice(0, 66)).toString() : "0"
      return token === NATIVE_LOG_ADDRESS
        ? { kind: "native", from: word(topics[1]), to: word(topics[2]), raw }
        : { kind: "erc20", token, from: word(topics[1]), to: word(topics[2]), raw }
    }
    if (topics[0] === TRANSFER && topics.length === 4) return { kind: "erc721", token, from: word(topics[1]), to: word(topics[2]), tokenId: BigInt(topics[3]).toString() }
    if (topics[0] === TRANSFER_SINGLE && topics.length === 4 && hexData.length >= 130) {
      return { kind: "erc1155", token, from: word(topics[2]), to: word(topics[3]), tokenId: BigInt(hexData.slice(0, 66)).toString(), raw: BigInt(`0x${hexData.slice(66, 130)}`).toString() }
    }
  } catch {
    return undefined
  }
  return undefined
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
  const out = s.replace(/\u0000/g, "").replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 32)
  return out || undefined
}
