import { encodeFunctionData, keccak256, type Abi, type Address, type Hex, type PublicClient } from "viem"

import { toChainError } from "~src/chain/errors"
import { MintError } from "~src/jobs/errors"

import { shownTransaction } from "./shownTransaction"
import { askInWindow } from "../wallet/askInWindow"
import { unlockedKey } from "./account"

/** How the options page's own transactions are named in the review window (no web page sent them). */
export const YOUR_MODELS_ORIGIN = "Mamori Studio (this extension)"
/** The review queue counts requests per tab; the extension's own requests have no tab. */
const OWN_TAB = -1

export type SendReviewedParameters = {
  client: PublicClient
  chainId: number
  to: Address
  abi: Abi
  functionName: string
  args: readonly unknown[]
  value?: bigint
  /** The line shown above the review: what this transaction does, in plain words. */
  note: string
}

/**
 * Sends one contract call from the Mamori account the way every Mamori-account transaction goes: filled, shown in
 * Mamori's review window with the Shield's verdict, signed only after Continue, then broadcast and awaited. The gas
 * estimate runs first with the ABI, so a call the contract would refuse fails here with the contract's reason and
 * nothing is shown or signed. A rejection or a revert is thrown, never swallowed.
 * @returns The transaction hash and its block.
 */
export async function sendReviewed(p: SendReviewedParameters): Promise<{ hash: Hex; blockNumber: bigint }> {
  const { account, address } = await unlockedKey()
  const value = p.value ?? 0n
  const data = encodeFunctionData({ abi: p.abi, functionName: p.functionName, args: p.args } as Parameters<typeof encodeFunctionData>[0])
  let gas: bigint
  try {
    gas = await p.client.estimateContractGas({ account: address, address: p.to, abi: p.abi, functionName: p.functionName, args: p.args, value } as unknown as Parameters<
      PublicClient["estimateContractGas"]
    >[0])
  } catch (error) {
    throw toChainError(error)
  }
  const [nonce, fees] = await Promise.all([p.client.getTransactionCount({ address, blockTag: "pending" }), p.client.estimateFeesPerGas()])
  const tx = { type: "eip1559" as const, chainId: p.chainId, to: p.to, data, value, nonce, gas: gas + gas / 5n, ...fees }
  const shown = shownTransaction(address, tx)
  const answer = await askInWindow({
    origin: YOUR_MODELS_ORIGIN,
    tabId: OWN_TAB,
    request: { method: "eth_sendTransaction", params: [shown] },
    from: address,
    chainId: p.chainId,
    note: p.note
  })
  if (!answer.allow) throw new MintError(`You rejected the transaction in Mamori's window (${answer.reason}). Nothing was sent.`, { code: "models/rejected", retryable: true })
  const raw = await account.signTransaction(tx)
  const hash = keccak256(raw)
  try {
    await p.client.sendRawTransaction({ serializedTransaction: raw })
    const receipt = await p.client.waitForTransactionReceipt({ hash, timeout: 60_000 })
    if (receipt.status !== "success") throw new MintError(`The transaction ${hash} reverted on-chain.`, { code: "models/reverted", retryable: true })
    return { hash, blockNumber: receipt.blockNumber }
  } catch (error) {
    throw error instanceof MintError ? error : toChainError(error)
  }
}
