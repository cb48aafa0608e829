import { describe, expect, it } from "vitest"
import { BaseError, ContractFunctionRevertedError, encodeErrorResult } from "viem"
import { mamoriArtAbi } from "./abi/mamoriArtAbi"
import { ChainError, toChainError } from "./errors"

describe("toChainError", () => {
  it("names a decoded custom error in the code and keeps its arguments", () => {
    const data = encodeErrorResult({ abi: mamoriArtAbi, errorName: "MamoriArt__RevealTooEarly", args: [12n] })
    const revert = new ContractFunctionRevertedError({ abi: mamoriArtAbi, data, functionName: "reveal" })
    const error = toChainError(new BaseError("call failed", { cause: revert }))
    expect(error).toBeInstanceOf(ChainError)
    expect(error.code).toBe("chain/MamoriArt__RevealTooEarly")
    expect(error.shortMessage).toMatch(/at least one block/)
    expect(error.details).toBe("MamoriArt__RevealTooEarly(12)")
  })

  it("wraps anything else as chain/call-failed and passes ChainErrors through", () => {
    expect(toChainError(new Error("socket hang up")).code).toBe("chain/call-failed")
    expect(toChainError("nope").shortMessage).toBe("nope")
    const own = new ChainError("x", { code: "chain/bad-input" })
    expect(toChainError(own)).toBe(own)
  })
})
