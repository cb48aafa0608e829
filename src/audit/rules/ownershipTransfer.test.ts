import { encodeFunctionData, parseAbi } from "viem"
import { describe, expect, it } from "vitest"
import { run, severityOf, STRANGER, tx, USER } from "../../../test/unit/audit/kit"

const abi = parseAbi(["function transferOwnership(address newOwner)"])
const MINE = "0x0000000000000000000000000000000000c0ffee"

describe("ownership-transfer", () => {
  it("is danger when a contract is handed to an unknown address", () => {
    expect(severityOf(run(tx(MINE, encodeFunctionData({ abi, functionName: "transferOwnership", args: [STRANGER] }))), "ownership-transfer")).toBe("danger")
  })
  it("is quiet when it is handed to the user", () => {
    expect(severityOf(run(tx(MINE, encodeFunctionData({ abi, functionName: "transferOwnership", args: [USER] }))), "ownership-transfer")).toBeUndefined()
  })
})
