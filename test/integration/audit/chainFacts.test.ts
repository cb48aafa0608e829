/**
 * The Shield's chain facts against a real local node (the Anvil devnet): a plain wallet is told from a
 * contract, token metadata is read; and on a Hardhat 2 node, which has no eth_simulateV1, the "not simulated"
 * path is taken and said plainly.
 */
import { createRequire } from "node:module"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DEV_ACCOUNTS, rpc, startChain, type Chain } from "../../../scripts/lib/chain"
import { audit } from "../../../src/audit/audit"
import { createRpcFactsProvider } from "../../../src/audit/chain/rpcFactsProvider"
import { data, MAX, USDC } from "../../unit/audit/kit"

/** Init code that deploys a 10-byte runtime returning 42 (hand-assembled, no compiler needed). */
const INIT_CODE = "0x600a600c600039600a6000f3602a60005260206000f3"

/** A minimal token with metadata, compiled with the npm solc (no download). */
const TOKEN_SOURCE = `// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;
contract MiniToken {
  string public name = "Mini Token";
  string public symbol = "MINI";
  uint8 public decimals = 6;
  function approve(address, uint256) external pure returns (bool) { return true; }
}`

function compileToken(): string {
  const solc = createRequire(import.meta.url)("solc")
  const input = { language: "Solidity", sources: { "MiniToken.sol": { content: TOKEN_SOURCE } }, settings: { outputSelection: { "*": { "*": ["evm.bytecode.object"] } } } }
  const out = JSON.parse(solc.compile(JSON.stringify(input)))
  return `0x${out.contracts["MiniToken.sol"].MiniToken.evm.bytecode.object}`
}

async function deploy(code: string): Promise<string> {
  const hash = await rpc<string>(chain.rpcUrl, "eth_sendTransaction", [{ from: user, data: code, gas: "0x1000000" }])
  for (let i = 0; i < 50; i++) {
    const receipt = await rpc<{ contractAddress?: string } | null>(chain.rpcUrl, "eth_getTransactionReceipt", [hash])
    if (receipt?.contractAddress) return receipt.contractAddress.toLowerCase()
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error("deployment not mined")
}

let chain: Chain
let contract = ""
let token = ""
const user = DEV_ACCOUNTS[0].address
const wallet = DEV_ACCOUNTS[1].address.toLowerCase()

beforeAll(async () => {
  chain = await startChain()
  contract = await deploy(INIT_CODE)
  token = await deploy(compileToken())
}, 120_000)
afterAll(async () => {
  await chain?.stop()
})

const approveTx = (spender: string) => ({
  origin: "https://app.example.org",
  chainId: "0x7a69",
  from: user,
  method: "eth_sendTransaction",
  params: [{ from: user, to: USDC, data: data.approve(spender, MAX) }]
})

describe("chain facts on the local devnet", () => {
  it("detects EOA vs contract and reads the nonce", async () => {
    const p = createRpcFactsProvider(chain.rpcUrl)
    expect(contract).toMatch(/^0x[0-9a-f]{40}$/)
    expect(await p.getAccount(contract)).toMatchObject({ isContract: true, codeSize: 10 })
    expect(await p.getAccount(wallet)).toMatchObject({ isContract: false, codeSize: 0 })
    expect((await p.getAccount(user.toLowerCase())).nonce).toBeGreaterThanOrEqual(1)
  })

  it("judges an unlimited approval to a plain wallet as danger", async () => {
    const r = await audit(approveTx(wallet), { rpcUrl: chain.rpcUrl })
    expect(r.verdict).toBe("danger")
    expect(r.findings.map((f) => f.id)).toContain("approval-to-eoa")
  })

  it("does not call a contract spender a wallet (an unlimited grant to an unknown contract is still danger)", async () => {
    const r = await audit(approveTx(contract), { rpcUrl: chain.rpcUrl })
    const ids = r.findings.map((f) => f.id)
    expect(ids).not.toContain("approval-to-eoa")
    expect(ids).toContain("grant-to-unknown-party")
    expect(r.verdict).toBe("danger")
  })

  it("reads token metadata over eth_call and prints human amounts", async () => {
    expect(await createRpcFactsProvider(chain.rpcUrl).getToken!(token)).toMatchObject({ symbol: "MINI", decimals: 6, name: "Mini Token" })
    const req = { origin: "https://app.example.org", chainId: 31337, method: "eth_sendTransaction", params: [{ from: user, to: token, data: data.approve(contract, 2_500_000n) }] }
    const r = await audit(req, { rpcUrl: chain.rpcUrl })
    expect(r.decoded.allowances[0]?.amount?.display).toBe("2.5 MINI")
  })
})

describe("a node that cannot simulate (Hardhat 2)", () => {
  let hardhat: Chain
  beforeAll(async () => {
    hardhat = await startChain({ node: "hardhat" })
  }, 120_000)
  afterAll(async () => {
    await hardhat?.stop()
  })

  it("says plainly that the node cannot simulate, and judges from the request alone", async () => {
    const r = await audit(
      { origin: "https://app.example.org", chainId: 31337, method: "eth_sendTransaction", params: [{ from: user, to: wallet, value: "0x1" }] },
      { rpcUrl: hardhat.rpcUrl }
    )
    const f = r.findings.find((x) => x.id === "simulation-unavailable")
    expect(f?.title).toBe("Not simulated")
    expect(r.decoded.simulation?.status).toBe("unavailable")
    expect(r.verdict).toBe("safe")
  })
})
