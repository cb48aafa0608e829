import { encodeFunctionData, parseAbi } from "viem"
import { describe, expect, it } from "vitest"
import { run, safeTx, severityOf, STRANGER } from "../../../test/unit/audit/kit"

const abi = parseAbi(["function addOwnerWithThreshold(address owner, uint256 threshold)", "function setFallbackHandler(address handler)"])
const SAFE = "0x5afe000000000000000000000000000000005afe"
/** The Safe calls itself (an admin change). */
const selfCall = (d: string) => safeTx(SAFE, SAFE, d)

describe("safe-admin-change", () => {
  it("is danger when a Safe transaction adds an owner", () => {
    expect(severityOf(run(selfCall(encodeFunctionData({ abi, functionName: "addOwnerWithThreshold", args: [STRANGER, 1n] }))), "safe-admin-change")).toBe("danger")
  })
  it("only notes Safe's own fallback handler", () => {
    expect(
      severityOf(run(selfCall(encodeFunctionData({ abi, functionName: "setFallbackHandler", args: ["0xfd0732dc9e303f09fcef3a7388ad10a83459ec99"] }))), "safe-admin-change")
    ).toBe("info")
  })
})
