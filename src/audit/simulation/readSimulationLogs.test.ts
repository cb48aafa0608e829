import { encodeAbiParameters } from "viem"
import { describe, expect, it } from "vitest"
import { log } from "../../../test/unit/audit/simKit"
import { readSimulationLogs, TOPIC } from "./readSimulationLogs"

const USER = "0x1111111111111111111111111111111111111111"
const OTHER = "0x49dc14dd851b6eae8d685715e12a06cc1bfc5d8d"
const TOKEN = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"
const WETH = "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2"
const pad = (a: string) => `0x${a.slice(2).padStart(64, "0")}`

describe("readSimulationLogs", () => {
  it("reads ERC-20, native, ERC-721 and ERC-1155 movements", () => {
    const r = readSimulationLogs([
      log.erc20(TOKEN, USER, OTHER, 5n),
      log.native(USER, OTHER, 7n),
      log.erc721(TOKEN, USER, OTHER, 42n),
      log.erc1155(TOKEN, USER, USER, OTHER, 3n, 2n)
    ])
    expect(r.changes).toEqual([
      { kind: "erc20", token: TOKEN, from: USER, to: OTHER, raw: "5" },
      { kind: "native", from: USER, to: OTHER, raw: "7" },
      { kind: "erc721", token: TOKEN, from: USER, to: OTHER, tokenId: "42", raw: "1" },
      { kind: "erc1155", token: TOKEN, from: USER, to: OTHER, tokenId: "3", raw: "2" }
    ])
  })

  it("reads every item of an ERC-1155 TransferBatch", () => {
    const data = encodeAbiParameters(
      [{ type: "uint256[]" }, { type: "uint256[]" }],
      [
        [1n, 2n],
        [10n, 20n]
      ]
    )
    const r = readSimulationLogs([{ address: TOKEN, topics: [TOPIC.transferBatch, pad(USER), pad(USER), pad(OTHER)], data }])
    expect(r.changes.map((c) => [c.tokenId, c.raw])).toEqual([
      ["1", "10"],
      ["2", "20"]
    ])
  })

  it("reads approvals, operator grants and Permit2 approvals as grants", () => {
    const permit2 = {
      address: "0x000000000022d473030f116ddee9f6b43ac78ba3",
      topics: [TOPIC.permit2Approval, pad(USER), pad(TOKEN), pad(OTHER)],
      data: encodeAbiParameters([{ type: "uint160" }, { type: "uint48" }], [1000n, 1_900_000_000])
    }
    const r = readSimulationLogs([log.approval(TOKEN, USER, OTHER, 9n), log.approvalForAll(TOKEN, USER, OTHER, true), permit2])
    expect(r.grants).toEqual([
      { kind: "erc20-approve", token: TOKEN, owner: USER, spender: OTHER, raw: "9" },
      { kind: "nft-operator", token: TOKEN, owner: USER, spender: OTHER, approved: true },
      { kind: "permit2", token: TOKEN, owner: USER, spender: OTHER, raw: "1000", expiration: 1_900_000_000 }
    ])
    expect(r.changes).toEqual([])
  })

  it("counts wrapping as a mint only from the known wrapped coin (anyone can emit a Deposit event)", () => {
    const deposit = (emitter: string) => ({ address: emitter, topics: [TOPIC.wethDeposit, pad(USER)], data: pad("0x05") })
    expect(readSimulationLogs([deposit(WETH)]).changes).toEqual([{ kind: "erc20", token: WETH, from: "0x0000000000000000000000000000000000000000", to: USER, raw: "5" }])
    const fake = readSimulationLogs([deposit(OTHER)])
    expect(fake.changes).toEqual([])
    expect(fake.mentions).toEqual([{ emitter: OTHER, addresses: [USER] }])
  })

  it("records the addresses other events name, ignoring small numbers", () => {
    const r = readSimulationLogs([log.record(OTHER, [USER]), { address: OTHER, topics: ["0x" + "cd".repeat(32)], data: pad("0x3e8") }])
    expect(r.mentions).toEqual([{ emitter: OTHER, addresses: [USER] }])
  })

  it("skips malformed logs and never throws", () => {
    const bad = [
      null,
      1,
      "x",
      { address: "0x12", topics: [], data: "0x" },
      { address: TOKEN, topics: [TOPIC.transfer, "0x1"], data: "0x" },
      { address: TOKEN, topics: [TOPIC.transferSingle, pad(USER), pad(USER), pad(OTHER)], data: "0x" }
    ]
    expect(readSimulationLogs(bad).changes).toEqual([])
    expect(readSimulationLogs("not logs")).toEqual({ changes: [], grants: [], mentions: [] })
  })
})

describe("readSimulationLogs: amounts are not accounts", () => {
  it("does not read a large amount in an event's data as an address", () => {
    const record = {
      address: OTHER,
      topics: ["0x" + "ef".repeat(32)],
      data: encodeAbiParameters([{ type: "address" }, { type: "uint256" }, { type: "uint256" }], [USER, 40n * 10n ** 18n, 123456789123456789123n])
    }
    const r = readSimulationLogs([log.erc20(TOKEN, USER, OTHER, 123456789123456789123n), record])
    expect(r.mentions).toEqual([{ emitter: OTHER, addresses: [USER] }])
  })
})
