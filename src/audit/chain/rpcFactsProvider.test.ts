import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { audit } from "../audit"
import { data, MAX, STRANGER, tx, USDC } from "../../../test/unit/audit/kit"
import { RpcUnreachableError } from "./errors"
import { createRpcFactsProvider } from "./rpcFactsProvider"
import { rpcRequest } from "./rpcRequest"

/** A fake node: answers a few methods, hangs on `slow_method`, lacks eth_simulateV1. */
let server: Server
let url = ""
const CONTRACT = "0x2222222222222222222222222222222222222222"
const SIM_TOKEN = "0x2260fac5e5542a773aa44fbcfedf7c193bc2c599"
const STRANGER_ADDR = "0x49dc14dd851b6eae8d685715e12a06cc1bfc5d8d"
const TRANSFER = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ""
    req.on("data", (d) => (body += d))
    req.on("end", () => {
      const { id, method, params } = JSON.parse(body)
      const reply = (x: object) => res.end(JSON.stringify({ jsonrpc: "2.0", id, ...x }))
      if (method === "slow_method") return
      if (method === "eth_getCode") return reply({ result: params[0] === CONTRACT ? `0x${"60".repeat(300)}` : "0x" })
      if (method === "eth_getTransactionCount") return reply({ result: "0x5" })
      if (method === "eth_getStorageAt") return reply({ result: `0x${"0".repeat(24)}${"ab".repeat(20)}` })
      if (method === "eth_call") return reply({ result: params[0].data === "0x313ce567" ? `0x${"0".repeat(62)}12` : "0x" })
      if (method === "eth_simulateV1" && params[0].blockStateCalls[0].calls[0].to === SIM_TOKEN) {
        const pad = (a: string) => `0x${"0".repeat(24)}${a.slice(2)}`
        return reply({
          result: [
            {
              calls: [
                {
                  status: "0x1",
                  gasUsed: "0x5208",
                  logs: [
                    { address: SIM_TOKEN, topics: [TRANSFER, pad(STRANGER_ADDR), pad(CONTRACT)], data: `0x${5_000_000n.toString(16).padStart(64, "0")}` },
                    {
                      address: "0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                      topics: [TRANSFER, pad(STRANGER_ADDR), pad(CONTRACT)],
                      data: `0x${(10n ** 17n).toString(16).padStart(64, "0")}`
                    }
                  ]
                }
              ]
            }
          ]
        })
      }
      return reply({ error: { code: -32601, message: `the method ${method} does not exist/is not available` } })
    })
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

describe("rpc facts", () => {
  it("tells a plain wallet from a contract and reads the EIP-1967 slot", async () => {
    const p = createRpcFactsProvider(url)
    expect(await p.getAccount(STRANGER)).toMatchObject({ isContract: false, codeSize: 0, nonce: 5 })
    expect(await p.getAccount(CONTRACT)).toMatchObject({ isContract: true, codeSize: 300, proxyImplementation: `0x${"ab".repeat(20)}` })
  })
  it("says 'not simulated' when the node lacks eth_simulateV1", async () => {
    expect(await createRpcFactsProvider(url).simulate!({ to: CONTRACT, data: "0x" })).toMatchObject({ status: "unavailable" })
  })
  it("reads asset changes from eth_simulateV1 logs", async () => {
    const r = await audit({ ...tx(SIM_TOKEN, data.transfer(CONTRACT, 5_000_000n)), from: STRANGER_ADDR }, { rpcUrl: url, now: Date.UTC(2026, 0, 1) })
    expect(r.decoded.simulation?.status).toBe("ok")
    expect(r.decoded.simulation?.give.map((g) => g.amount?.display)).toEqual(["0.05 WBTC", "0.1 ETH"])
  })
  it("times out with a typed error", async () => {
    await expect(rpcRequest(url, "slow_method", [], 50)).rejects.toBeInstanceOf(RpcUnreachableError)
  })
  it("turns an EOA spender into danger through audit()", async () => {
    const r = await audit(tx(USDC, data.approve(STRANGER, MAX)), { rpcUrl: url, now: Date.UTC(2026, 0, 1) })
    expect(r.verdict).toBe("danger")
    expect(r.findings.map((f) => f.id)).toContain("approval-to-eoa")
    expect(r.findings.find((f) => f.id === "simulation-unavailable")?.detail).toMatch(/does not offer simulation/)
  })
  it("reports a dead RPC as a finding, never a throw", async () => {
    const r = await audit(tx(USDC, data.approve(STRANGER, 5n)), { rpcUrl: "http://127.0.0.1:9", timeoutMs: 300 })
    const f = r.findings.find((x) => x.id === "chain-facts-unavailable")
    expect(f?.detail).toMatch(/could not reach RPC 127\.0\.0\.1:9/)
    expect(r.verdict).toBe("warning")
  })
  it("never puts the full RPC URL (it may hold an API key) into findings", async () => {
    const r = await audit(tx(STRANGER, "0x", 1n), { rpcUrl: "http://127.0.0.1:9/v3/SECRETKEY", timeoutMs: 200 })
    expect(JSON.stringify(r)).not.toContain("SECRETKEY")
  })
})
