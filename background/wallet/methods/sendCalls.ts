import { isHex, numberToHex, type Hex } from "viem"

import { fillTransaction, type FilledTransaction } from "~src/wallet/fillTransaction"
import { invalidParams, userDenied, WalletRpcError } from "~src/wallet/rpcErrors"
import { toChainId } from "~src/audit/normalize/hex"

import { addActivity } from "../activity"
import { askInWindow } from "../askInWindow"
import { rpcFor } from "../chainState"
import { getLocal, setLocal } from "../../studio/storage"
import { requireChain } from "./chains"
import { type RpcContext, signingAccount } from "./context"
import { signAndSend } from "./sendTransaction"

/** EIP-5792 error: the wallet cannot execute the batch atomically, and the dapp requires it. */
const ATOMICITY_NOT_SUPPORTED = 5760
const UNKNOWN_BUNDLE = 5730
const MAX_CALLS = 10
const CALLS = "wallet.calls"
type StoredBatch = { origin: string; chainId: number; hashes: Hex[]; error?: string; at: number }

/**
 * `wallet_sendCalls` (EIP-5792, version 2.0.0): the batch is reviewed as one request in Mamori's window (the
 * Shield decodes every call), with the transactions it becomes, then sent as sequential transactions. Mamori
 * cannot execute a batch atomically, so a batch with `atomicRequired: true` is refused with 5760 as the EIP
 * says: running it call by call could leave half of it done (an approval without the swap it was for).
 */
export async function sendCalls(ctx: RpcContext, params: unknown): Promise<{ id: string }> {
  const batch = Array.isArray(params) ? (params[0] as Record<string, unknown>) : undefined
  if (!batch || typeof batch !== "object" || !Array.isArray(batch.calls) || batch.calls.length === 0) throw invalidParams("wallet_sendCalls needs [{ calls: [...] }].")
  if (batch.calls.length > MAX_CALLS) throw invalidParams(`Mamori sends at most ${MAX_CALLS} calls in one batch.`)
  if (batch.atomicRequired === true)
    throw new WalletRpcError(ATOMICITY_NOT_SUPPORTED, "Mamori cannot execute this batch atomically (it sends the calls one by one), and the dapp requires atomic execution.")
  const from = await signingAccount(ctx, batch.from)
  const chainId = await requireChain()
  if (batch.chainId !== undefined && toChainId(batch.chainId) !== chainId)
    throw new WalletRpcError(5710, `The batch is for chain ${String(batch.chainId)}, but Mamori is on chain ${chainId}.`)
  const caps = batch.capabilities && typeof batch.capabilities === "object" ? Object.entries(batch.capabilities as Record<string, { optional?: boolean }>) : []
  const required = caps.filter(([, c]) => !c?.optional).map(([name]) => name)
  if (required.length) throw new WalletRpcError(5700, `Mamori does not support the capabilities ${required.join(", ").slice(0, 200)}.`)

  const rpc = await rpcFor(chainId)
  const first = BigInt(await rpc<Hex>("eth_getTransactionCount", [from, "pending"]))
  const transactions: FilledTransaction[] = []
  for (const [i, call] of (batch.calls as Record<string, unknown>[]).entries()) {
    if (!call || typeof call !== "object") throw invalidParams(`Call ${i + 1} is not an object.`)
    const data = call.data === undefined || call.data === "" ? "0x" : call.data
    if (typeof data !== "string" || !isHex(data)) throw invalidParams(`Call ${i + 1}'s data is not hex.`)
    transactions.push(await fillTransaction({ to: call.to, value: call.value || "0x0", data, nonce: numberToHex(first + BigInt(i)) }, { from, chainId, rpc }))
  }
  const request = { method: "wallet_sendCalls", params: [{ version: "2.0.0", chainId: numberToHex(chainId), from, atomicRequired: false, calls: batch.calls }] }
  const answer = await askInWindow({ origin: ctx.origin, tabId: ctx.tabId, documentId: ctx.documentId, request, shown: { ...request, transactions }, from, chainId })
  const base = { id: crypto.randomUUID(), at: Date.now(), origin: ctx.origin, method: request.method, chainId, account: from, verdict: answer.verdict ?? ("not checked" as const) }
  if (!answer.allow) {
    await addActivity({ ...base, status: "rejected" })
    throw userDenied("transaction signature", answer.reason)
  }
  const id = `0x${[...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, "0")).join("")}`
  const hashes: Hex[] = []
  let error: string | undefined
  for (const tx of transactions) {
    try {
      hashes.push(await signAndSend(tx, rpc))
    } catch (e) {
      // Later calls are not sent after a failure: they may depend on this one.
      error = String((e as Error)?.message ?? e).slice(0, 300)
      break
    }
  }
  await saveBatch(id, { origin: ctx.origin, chainId, hashes, error, at: Date.now() })
  await addActivity({ ...base, status: error ? "failed" : "sent", hashes, error })
  if (!hashes.length) throw new WalletRpcError(-32603, `The batch could not be sent: ${error}`)
  return { id }
}

async function saveBatch(id: string, batch: StoredBatch): Promise<void> {
  const all = (await getLocal<Record<string, StoredBatch>>(CALLS)) ?? {}
  const kept = Object.entries(all)
    .sort((a, b) => b[1].at - a[1].at)
    .slice(0, 99)
  await setLocal(CALLS, Object.fromEntries([...kept, [id, batch]]))
}

type Receipt = { status: Hex; logs: unknown[]; blockHash: Hex; blockNumber: Hex; gasUsed: Hex; transactionHash: Hex }

/** `wallet_getCallsStatus`: 100 pending, 200 all confirmed, 500 all reverted or none sent, 600 partly. */
export async function getCallsStatus(ctx: RpcContext, params: unknown) {
  const id = Array.isArray(params) ? params[0] : undefined
  const batch = typeof id === "string" ? (await getLocal<Record<string, StoredBatch>>(CALLS))?.[id] : undefined
  // Another site's batch is as unknown as a made-up id.
  if (!batch || batch.origin !== ctx.origin) throw new WalletRpcError(UNKNOWN_BUNDLE, "Unknown batch id.")
  const rpc = await rpcFor(batch.chainId)
  const receipts = await Promise.all(batch.hashes.map((h) => rpc<Receipt | null>("eth_getTransactionReceipt", [h])))
  const done = receipts.filter((r): r is Receipt => Boolean(r))
  const ok = done.filter((r) => r.status === "0x1").length
  const allSent = !batch.error
  const status = done.length < batch.hashes.length ? 100 : allSent && ok === done.length ? 200 : ok === 0 ? 500 : 600
  return {
    version: "2.0.0",
    id,
    chainId: numberToHex(batch.chainId),
    status,
    atomic: false,
    receipts: done.map((r) => ({ logs: r.logs, status: r.status, blockHash: r.blockHash, blockNumber: r.blockNumber, gasUsed: r.gasUsed, transactionHash: r.transactionHash }))
  }
}
