import { numberToHex, type Address, type Hex } from "viem"

/** An EIP-1559 transaction the Mamori account is about to sign. */
export type OwnTransaction = {
  chainId: number
  to: Address
  data: Hex
  value: bigint
  nonce: number
  gas: bigint
  maxFeePerGas: bigint
  maxPriorityFeePerGas: bigint
}

/** The transaction as Mamori's review window shows it (EIP-1193 hex fields): exactly what will be signed. */
export function shownTransaction(from: Address, tx: OwnTransaction) {
  return {
    type: "0x2",
    chainId: numberToHex(tx.chainId),
    from,
    to: tx.to,
    value: numberToHex(tx.value),
    data: tx.data,
    nonce: numberToHex(tx.nonce),
    gas: numberToHex(tx.gas),
    maxFeePerGas: numberToHex(tx.maxFeePerGas),
    maxPriorityFeePerGas: numberToHex(tx.maxPriorityFeePerGas)
  }
}
