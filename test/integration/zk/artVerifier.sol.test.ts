/**
 * The exported Solidity verifier (contracts/verifiers/ArtVerifier.sol, contract Groth16Verifier) on a
 * local Hardhat chain accepts proveArt's calldata and rejects it after tampering with a pixel word, the
 * prompt or the commitment — the same public signals the mint rebuilds on-chain.
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { createPublicClient, createWalletClient, http, type Abi, type Hex } from "viem"
import { privateKeyToAccount } from "viem/accounts"
import { hardhat } from "viem/chains"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DEV_ACCOUNTS, startChain, type Chain } from "../../../scripts/lib/chain"
import { promptField } from "../../../src/art/promptField"
import { proveArt } from "../../../src/zk/proveArt"

const root = new URL("../../../", import.meta.url).pathname
type Solc = { compile(input: string): string }
const solc = createRequire(import.meta.url)("solc") as Solc

let chain: Chain
let address: Hex
let abi: Abi
let publicClient: ReturnType<typeof createPublicClient>

beforeAll(async () => {
  const source = readFileSync(root + "contracts/verifiers/ArtVerifier.sol", "utf8")
  const out = JSON.parse(
    solc.compile(
      JSON.stringify({
        language: "Solidity",
        sources: { "ArtVerifier.sol": { content: source } },
        settings: { optimizer: { enabled: true, runs: 200 }, outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } } }
      })
    )
  ) as { contracts: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>> }
  const c = out.contracts["ArtVerifier.sol"]!.Groth16Verifier!
  abi = c.abi
  chain = await startChain()
  const transport = http(chain.rpcUrl)
  publicClient = createPublicClient({ chain: hardhat, transport })
  const wallet = createWalletClient({ chain: hardhat, transport, account: privateKeyToAccount(DEV_ACCOUNTS[0].privateKey) })
  const hash = await wallet.deployContract({ abi, bytecode: `0x${c.evm.bytecode.object}` })
  address = (await publicClient.waitForTransactionReceipt({ hash })).contractAddress!
})

afterAll(async () => {
  await chain?.stop()
})

describe("ArtVerifier.sol (Groth16Verifier)", () => {
  it("accepts proveArt's calldata and rejects tampered public signals", async () => {
    const prompt = "copper rooftops of an old city"
    const { calldata } = await proveArt({ prompt, wasm: root + "assets/zk/art.wasm", zkey: root + "assets/zk/art_final.zkey" })
    const call = (signals: bigint[]) => publicClient.readContract({ address, abi, functionName: "verifyProof", args: [calldata.a, calldata.b, calldata.c, signals] })
    expect(await call(calldata.publicSignals)).toBe(true)
    const s = calldata.publicSignals
    expect(await call(s.map((v, i) => (i === 6 ? v ^ 1n : v)))).toBe(false) // one pixel of word 4
    expect(await call([s[0]!, promptField(prompt + "!"), ...s.slice(2)])).toBe(false)
    expect(await call([s[0]! + 1n, ...s.slice(1)])).toBe(false)
    const gas = await publicClient.estimateContractGas({
      address,
      abi,
      functionName: "verifyProof",
      args: [calldata.a, calldata.b, calldata.c, calldata.publicSignals]
    })
    console.log(`verifyProof gas (as a transaction): ${gas}`)
    expect(gas).toBeLessThan(300_000n)
  })
})
