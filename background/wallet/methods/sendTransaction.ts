import type { Hex } from "viem"

import { nativeSymbolOf } from "~src/chains/chainSettings"
import { applyFeeEdit, feeFieldsOf } from "~src/wallet/feeEdit"
import { fillTransaction, toSignable, type FilledTransaction } from "~src/wallet/fillTransaction"
import { invalidParams, userDenied } from "~src/wallet/rpcErrors"

import { addActivity } from "../activity"
import { askInWindow } from "../askInWindow"
import { rpcFor } from "../chainState"
import { loadSettings } from "../../shield/stores"
import { signerFor } from "../vaultStore"
import { requireChain } from "./chains"
import { type RpcContext, signingAccount } from "./context"

/**
 * `eth_sendTransaction`: fill nonce, gas and fees from the chain's node, review the filled transaction in
 * Mamori's window (the Shield's audit with chain facts and a simulation of exactly it), then sign that same
 * object and broadcast it.
 */
export async function sendTransaction(ctx: RpcContext, params: unknown): Promise<Hex> {
  const input = Array.isArray(params) ? params[0] : undefined
  if (!input || typeof input !== "object") throw invalidParams("eth_sendTransaction needs [transaction].")
  const from = await signingAccount(ctx, (input as { from?: unknown }).from)
  const chainId = await requireChain()
  const rpc = await rpcFor(chainId)
  const filled = await fillTransaction(input, { from, chainId, rpc })
  const request = { method: "eth_sendTransaction", params: [filled] }
  const answer = await askInWindow({
    origin: ctx.origin,
    tabId: ctx.tabId,
    documentId: ctx.documentId,
    request,
    from,
    chainId,
    fees: { ...feeFieldsOf(filled), symbol: nativeSymbolOf(await loadSettings(), chainId) }
  })
  const base = { id: crypto.randomUUID(), at: Date.now(), origin: ctx.origin, method: request.method, chainId, account: from, verdict: answer.verdict ?? ("not checked" as const) }
  if (!answer.allow) {
    await addActivity({ ...base, status: "rejected" })
    throw userDenied("transaction signature", answer.reason)
  }
  try {
    // The fees the window showed at the click (the user's edit, checked again here); nothing else changes.
    const tx = answer.fees ? applyFeeEdit(filled, answer.fees) : filled
    const hash = await signAndSend(tx, rpc)
    await addActivity({ ...base, status: "sent", hashes: [hash] })
    return hash
  } catch (e) {
    await addActivity({ ...base, status: "failed", error: String((e as Error)?.message ?? e).slice(0, 300) })
    throw e
  }
}

/** Signs the reviewed transaction object (nothing re-filled after the click) and broadcasts it. */
export async function signAndSend(tx: FilledTransaction, rpc: Awaited<ReturnType<typeof rpcFor>>): Promise<Hex> {
  const signer = await signerFor(tx.from)
  const raw = await signer.signTransaction(toSignable(tx))
  return rpc<Hex>("eth_sendRawTransaction", [raw])
}
