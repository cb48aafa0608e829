import { describe, expect, it } from "vitest"

import { fillTransaction, toSignable } from "./fillTransaction"

const FROM = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" as const
const TO = "0x0c54FcCd2e384b4BB6f2E405Bf5Cbc15a017AaFb"

function fakeRpc(baseFee: string | null = "0x3b9aca00") {
  const calls: string[] = []
  const rpc = async <T>(method: string): Promise<T> => {
    calls.push(method)
    const answers: Record<string, unknown> = {
      eth_getTransactionCount: "0x5",
      eth_estimateGas: "0x5208",
      eth_getBlockByNumber: { baseFeePerGas: baseFee },
      eth_maxPriorityFeePerGas: "0x3b9aca00",
      eth_gasPrice: "0x77359400"
    }
    return answers[method] as T
  }
  return { rpc, calls }
}

describe("fillTransaction", () => {
  it("fills nonce, gas (+20 %) and EIP-1559 fees from the node", async () => {
    const { rpc } = fakeRpc()
    const tx = await fillTransaction({ to: TO, value: "0x1" }, { from: FROM, chainId: 31337, rpc })
    expect(tx).toEqual({
      type: "0x2",
      chainId: "0x7a69",
      from: FROM,
      to: TO,
      value: "0x1",
      data: "0x",
      nonce: "0x5",
      gas: "0x6270", // 21000 * 1.2 = 25200
      maxFeePerGas: "0xb2d05e00", // 2 * 1 gwei + 1 gwei
      maxPriorityFeePerGas: "0x3b9aca00"
    })
    expect(toSignable(tx)).toMatchObject({ type: "eip1559", chainId: 31337, nonce: 5, gas: 25200n })
  })

  it("keeps what the dapp gave, legacy when asked or when the chain has no base fee", async () => {
    const { rpc, calls } = fakeRpc()
    const tx = await fillTransaction(
      { from: FROM.toLowerCase(), to: TO, value: "0x0", gasLimit: "0x5208", gasPrice: "0x2540be400", type: "0x0" },
      { from: FROM, chainId: 31337, rpc }
    )
    expect(tx).toMatchObject({ type: "0x0", gas: "0x5208", gasPrice: "0x2540be400" })
    expect(calls).not.toContain("eth_estimateGas")
    const old = await fillTransaction({ to: TO }, { from: FROM, chainId: 31337, rpc: fakeRpc(null).rpc })
    expect(old).toMatchObject({ type: "0x0", gasPrice: "0x77359400" })
  })

  it("refuses another from, another chain, bad fields and 7702 authorisations with EIP-1474 codes", async () => {
    const { rpc } = fakeRpc()
    const ctx = { from: FROM, chainId: 31337, rpc }
    await expect(fillTransaction({ from: TO, to: TO }, ctx)).rejects.toMatchObject({ rpcCode: -32602 })
    await expect(fillTransaction({ to: TO, chainId: "0x1" }, ctx)).rejects.toMatchObject({ rpcCode: -32602 })
    await expect(fillTransaction({ to: "0x12" }, ctx)).rejects.toMatchObject({ rpcCode: -32602 })
    await expect(fillTransaction({ to: TO, data: "0x123" }, ctx)).rejects.toMatchObject({ rpcCode: -32602 })
    await expect(fillTransaction({ to: TO, value: "lots" }, ctx)).rejects.toMatchObject({ rpcCode: -32602 })
    await expect(fillTransaction({ to: TO, authorizationList: [] }, ctx)).rejects.toMatchObject({ rpcCode: 4200 })
    await expect(fillTransaction([], ctx)).rejects.toMatchObject({ rpcCode: -32602 })
  })
})
