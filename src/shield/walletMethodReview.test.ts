import { privateKeyToAccount } from "viem/accounts"
import { expect, it } from "vitest"
import { decodeRawTransaction } from "./walletMethodReview"
it("recovers", async () => {
  const a = privateKeyToAccount("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
  const raw = await a.signTransaction({
    chainId: 31337,
    to: "0x2222222222222222222222222222222222222222",
    value: 5n,
    nonce: 0,
    gas: 21000n,
    maxFeePerGas: 10n ** 9n,
    maxPriorityFeePerGas: 1n,
    type: "eip1559"
  })
  const d = await decodeRawTransaction([raw], "x")
  expect(d.ok && d.from).toBe(a.address.toLowerCase())
  const legacy = await a.signTransaction({ to: "0x2222222222222222222222222222222222222222", value: 5n, nonce: 0, gas: 21000n, gasPrice: 1n, type: "legacy" })
  const l = await decodeRawTransaction([legacy], "x")
  expect(l.ok && l.from).toBe(a.address.toLowerCase())
})
