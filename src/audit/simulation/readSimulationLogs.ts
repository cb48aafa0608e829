/**
 * Reads the logs of a simulated call (eth_simulateV1 with `traceTransfers`) into asset movements, rights
 * granted, and the addresses each contract named in its other logs. Pure: the RPC call lives in `chain/`.
 *
 * Recognised: ERC-20/721 `Transfer`, ERC-1155 `TransferSingle`/`TransferBatch`, the node's traced native
 * transfers, the wrapped native coin's `Deposit`/`Withdrawal` (only from a known wrapped-coin contract, since
 * any contract can emit an event of that shape), ERC-20 `Approval`, ERC-721 single-token `Approval`,
 * `ApprovalForAll`, Permit2 `Approval`/`Permit`. Every log is untrusted data: malformed ones are skipped.
 */
import { WRAPPED_NATIVE_BY_CHAIN } from "../known/tokenDirectory"
import type { SimulatedChange, SimulatedGrant, SimulatedMention } from "../types"

export const TOPIC = {
  transfer: "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef",
  approval: "0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925",
  approvalForAll: "0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31",
  transferSingle: "0xc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f62",
  transferBatch: "0x4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb",
  /** Permit2 `Approval(owner, token, spender, uint160 amount, uint48 expiration)`. */
  permit2Approval: "0xda9fa7c1b00402c17d0161b249b1ab8bbec047c5a52207b9c112deffd817036b",
  /** Permit2 `Permit(owner, token, spender, uint160 amount, uint48 expiration, uint48 nonce)`. */
  permit2Permit: "0xc6a377bfc4eb120024a8ac08eef205be16b817020812c73223e81d1bdb9708ec",
  /** WETH9 `Deposit(dst, wad)` / `Withdrawal(src, wad)`: wrapping mints, unwrapping burns. */
  wethDeposit: "0xe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c",
  wethWithdrawal: "0x7fcf532c15f0a6db0bd6d0e038bea71d30d808c7d98cb3bf7268a95bf5081b65"
} as const

/**
 * Every chain's wrapped coin. The simulation layer does not know the chain; an address that is a wrapped
 * coin on one chain cannot be deployed by someone else on another (CREATE addresses follow the deployer).
 */
const WRAPPED_NATIVE = new Set(
  Object.values(WRAPPED_NATIVE_BY_CHAIN)
    .flat()
    .filter((a) => !/^0x0{40}$/.test(a))
)

/** eth_simulateV1 reports native transfers as ERC-20-style logs from this pseudo-address. */
export const NATIVE_LOG_ADDRESS = "0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"
const ZERO_ADDRESS = "0x0000000000000000000000000000000000000000"
/** Logs read per call; a hostile contract can emit thousands to slow the review down. */
const MAX_LOGS = 300
const MAX_BATCH_ITEMS = 50

export type SimulationLogs = { changes: SimulatedChange[]; grants: SimulatedGrant[]; mentions: SimulatedMention[] }

type Log = { address: string; topics: string[]; data: string }

/** Reads `logs` (as the node returned them). Never throws. */
export function readSimulationLogs(logs: unknown): SimulationLogs {
  const out: SimulationLogs = { changes: [], grants: [], mentions: [] }
  if (!Array.isArray(logs)) return out
  const mentions = new Map<string, Set<string>>()
  for (const raw of logs.slice(0, MAX_LOGS)) {
    const log = asLog(raw)
    if (!log) continue
    try {
      if (readTransfer(log, out.changes) || readGrant(log, out.grants)) continue
      // Any other log: remember which addresses the contract wrote down (a deposit's beneficiary, say).
      if (log.address === NATIVE_LOG_ADDRESS) continue
      const named = mentions.get(log.address) ?? new Set<string>()
      for (const word of [...log.topics.slice(1), ...dataWords(log.data)]) {
        const addr = wordAddress(word)
        if (addr) named.add(addr)
      }
      mentions.set(log.address, named)
    } catch {
      // A log that does not decode is skipped; the others still count.
    }
  }
  // A word equal to an amount moved in this transaction is that amount, not an account.
  const amounts = new Set(out.changes.map((c) => (c.raw ? `0x${BigInt(c.raw).toString(16).padStart(40, "0")}` : "")))
  for (const [emitter, named] of mentions) out.mentions.push({ emitter, addresses: [...named].filter((x) => !amounts.has(x)).slice(0, 20) })
  return out
}

function readTransfer(log: Log, changes: SimulatedChange[]): boolean {
  const [t0, t1, t2, t3] = log.topics
  const token = log.address
  if (t0 === TOPIC.transfer && log.topics.length === 3) {
    const raw = BigInt(word(log.data, 0) ?? "0x0").toString()
    changes.push(
      token === NATIVE_LOG_ADDRESS
        ? { kind: "native", from: topicAddress(t1), to: topicAddress(t2), raw }
        : { kind: "erc20", token, from: topicAddress(t1), to: topicAddress(t2), raw }
    )
    return true
  }
  if (t0 === TOPIC.transfer && log.topics.length === 4) {
    changes.push({ kind: "erc721", token, from: topicAddress(t1), to: topicAddress(t2), tokenId: BigInt(t3!).toString(), raw: "1" })
    return true
  }
  if (t0 === TOPIC.transferSingle && log.topics.length === 4) {
    const id = word(log.data, 0)
    const value = word(log.data, 1)
    if (!id || !value) return false
    changes.push({ kind: "erc1155", token, from: topicAddress(t2), to: topicAddress(t3), tokenId: BigInt(id).toString(), raw: BigInt(value).toString() })
    return true
  }
  if (t0 === TOPIC.transferBatch && log.topics.length === 4) {
    const ids = wordArray(log.data, 0)
    const values = wordArray(log.data, 1)
    if (!ids || !values || ids.length !== values.length) return false
    for (let i = 0; i < Math.min(ids.length, MAX_BATCH_ITEMS); i++) {
      changes.push({ kind: "erc1155", token, from: topicAddress(t2), to: topicAddress(t3), tokenId: ids[i]!.toString(), raw: values[i]!.toString() })
    }
    return true
  }
  if ((t0 === TOPIC.wethDeposit || t0 === TOPIC.wethWithdrawal) && log.topics.length === 2 && WRAPPED_NATIVE.has(token)) {
    const raw = BigInt(word(log.data, 0) ?? "0x0").toString()
    const holder = topicAddress(t1)
    changes.push(t0 === TOPIC.wethDeposit ? { kind: "erc20", token, from: ZERO_ADDRESS, to: holder, raw } : { kind: "erc20", token, from: holder, to: ZERO_ADDRESS, raw })
    return true
  }
  return false
}

function readGrant(log: Log, grants: SimulatedGrant[]): boolean {
  const [t0, t1, t2, t3] = log.topics
  if (t0 === TOPIC.approval && log.topics.length === 3) {
    grants.push({ kind: "erc20-approve", token: log.address, owner: topicAddress(t1), spender: topicAddress(t2), raw: BigInt(word(log.data, 0) ?? "0x0").toString() })
    return true
  }
  if (t0 === TOPIC.approval && log.topics.length === 4) {
    grants.push({ kind: "nft-approve", token: log.address, owner: topicAddress(t1), spender: topicAddress(t2), tokenId: BigInt(t3!).toString() })
    return true
  }
  if (t0 === TOPIC.approvalForAll && log.topics.length === 3) {
    grants.push({ kind: "nft-operator", token: log.address, owner: topicAddress(t1), spender: topicAddress(t2), approved: BigInt(word(log.data, 0) ?? "0x0") !== 0n })
    return true
  }
  if ((t0 === TOPIC.permit2Approval || t0 === TOPIC.permit2Permit) && log.topics.length === 4) {
    const amount = word(log.data, 0)
    const expiration = word(log.data, 1)
    grants.push({
      kind: "permit2",
      token: topicAddress(t2),
      owner: topicAddress(t1),
      spender: topicAddress(t3),
      raw: amount ? BigInt(amount).toString() : undefined,
      expiration: expiration ? Number(BigInt(expiration) & 0xffffffffffffn) : undefined
    })
    return true
  }
  return false
}

function asLog(raw: unknown): Log | undefined {
  if (typeof raw !== "object" || raw === null) return undefined
  const { address, topics, data } = raw as { address?: unknown; topics?: unknown; data?: unknown }
  if (typeof address !== "string" || !/^0x[0-9a-fA-F]{40}$/.test(address)) return undefined
  if (!Array.isArray(topics) || topics.length === 0 || topics.length > 4 || !topics.every((t) => typeof t === "string" && /^0x[0-9a-fA-F]{64}$/.test(t))) return undefined
  const hex = typeof data === "string" && /^0x([0-9a-fA-F]{2})*$/.test(data) ? data : "0x"
  return { address: address.toLowerCase(), topics: topics.map((t: string) => t.toLowerCase()), data: hex.toLowerCase() }
}

function topicAddress(topic: string | undefined): string {
  return `0x${(topic ?? "").slice(-40)}`
}

/** The 32-byte word at `index` of `data`, as 0x-hex, or undefined past the end. */
function word(data: string, index: number): string | undefined {
  const start = 2 + index * 64
  return data.length >= start + 64 ? `0x${data.slice(start, start + 64)}` : undefined
}

function dataWords(data: string): string[] {
  const words: string[] = []
  for (let i = 0; i < Math.min((data.length - 2) / 64, 16); i++) words.push(word(data, i)!)
  return words
}

/** A dynamic uint256[] whose offset sits in word `index`. */
function wordArray(data: string, index: number): bigint[] | undefined {
  const offset = word(data, index)
  if (!offset) return undefined
  const at = Number(BigInt(offset)) / 32
  if (!Number.isInteger(at)) return undefined
  const length = word(data, at)
  if (!length || BigInt(length) > 10_000n) return undefined
  const items: bigint[] = []
  for (let i = 0; i < Number(BigInt(length)); i++) {
    const w = word(data, at + 1 + i)
    if (!w) return undefined
    items.push(BigInt(w))
  }
  return items
}

/**
 * The address in a 32-byte word when it looks like one. Amounts, ids and flags also start with 12 zero
 * bytes, and logs carry no types, so: not below 2^64 (no real address is that small), and not a multiple
 * of 10^9 (amounts in 18-decimal tokens are round; a random address is so with odds of 1 in 10^9).
 */
function wordAddress(w: string): string | undefined {
  if (!/^0x0{24}[0-9a-f]{40}$/.test(w)) return undefined
  const addr = `0x${w.slice(26)}`
  const n = BigInt(addr)
  return n < 1n << 64n || n % 1_000_000_000n === 0n ? undefined : addr
}
