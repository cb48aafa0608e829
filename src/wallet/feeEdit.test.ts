import { parseGwei } from "viem"
import { describe, expect, it } from "vitest"

import type { FilledTransaction } from "./fillTransaction"
import { applyFeeEdit, feeFieldsOf, feeProblem, withFees } from "./feeEdit"

const tx: FilledTransaction = {
  type: "0x2",
  chainId: "0x7a69",
  from: "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
  to: "0x0c54FcCd2e384b4BB6f2E405Bf5Cbc15a017AaFb",
  value: "0x1",
  data: "0x",
  nonce: "0x3",
  gas: "0x5208",
  maxFeePerGas: "0x77359400",
  maxPriorityFeePerGas: "0x3b9aca00"
}
const hex = (n: bigint) => `0x${n.toString(16)}` as const

describe("fee edits", () => {
  it("changes only the fee fields, to exactly the edited values", () => {
    const edit = { maxFeePerGas: hex(parseGwei("40")), maxPriorityFeePerGas: hex(parseGwei("3")) }
    const out = applyFeeEdit(tx, edit)
    expect(out).toEqual({ ...tx, maxFeePerGas: "0x9502f9000", maxPriorityFeePerGas: "0xb2d05e00" })
    // What the window shows after the edit is what is signed.
    expect(withFees({ method: "eth_sendTransaction", params: [tx] }, edit)).toEqual({ method: "eth_sendTransaction", params: [out] })
  })

  it("refuses what cannot be signed: tip above max, zero, not hex, absurd amounts", () => {
    const f = feeFieldsOf(tx)
    expect(feeProblem(f, { maxFeePerGas: hex(parseGwei("2")), maxPriorityFeePerGas: hex(parseGwei("3")) })).toMatch(/higher than the max fee/)
    expect(feeProblem(f, { maxFeePerGas: "0x0", maxPriorityFeePerGas: "0x0" })).toMatch(/positive/)
    expect(feeProblem(f, { maxFeePerGas: "40", maxPriorityFeePerGas: "0x1" })).toMatch(/max fee/)
    expect(feeProblem(f, { maxFeePerGas: hex(parseGwei("100001")), maxPriorityFeePerGas: "0x1" })).toMatch(/typo/)
    expect(feeProblem(f, null)).toBeDefined()
    expect(() => applyFeeEdit(tx, { maxFeePerGas: "0x1", maxPriorityFeePerGas: "0x2" })).toThrow(expect.objectContaining({ rpcCode: -32602 }))
    expect(feeProblem(f, { maxFeePerGas: hex(parseGwei("3")), maxPriorityFeePerGas: "0x0" })).toBeUndefined()
  })

  it("legacy transactions edit the gas price", () => {
    const legacy: FilledTransaction = { ...tx, type: "0x0", maxFeePerGas: undefined, maxPriorityFeePerGas: undefined, gasPrice: "0x3b9aca00" }
    expect(feeFieldsOf(legacy)).toEqual({ type: "0x0", gas: "0x5208", gasPrice: "0x3b9aca00" })
    expect(applyFeeEdit(legacy, { gasPrice: hex(parseGwei("5")) }).gasPrice).toBe(hex(parseGwei("5")))
    expect(feeProblem(feeFieldsOf(legacy), { maxFeePerGas: "0x1", maxPriorityFeePerGas: "0x1" })).toMatch(/gas price/)
  })
})
