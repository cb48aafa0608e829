import { describe, expect, it } from "vitest"
import { ids, run, USER } from "../../../test/unit/audit/kit"

describe("blind-eth-sign", () => {
  it("is danger for eth_sign of a hash", () => {
    const r = run({ method: "eth_sign", params: [USER, "0x879a053d4800c6354e76c7985a865d2922c82fb5b3f4577b2fe08b998954f2e0"] })
    expect(r.verdict).toBe("danger")
    expect(ids(r)).toContain("blind-eth-sign")
  })
  it("also when the arguments are reversed", () => {
    expect(ids(run({ method: "eth_sign", params: ["0xdeadbeef", USER] }))).toContain("blind-eth-sign")
  })
  it("does not fire on personal_sign", () => {
    expect(ids(run({ method: "personal_sign", params: ["0x68656c6c6f", USER] }))).not.toContain("blind-eth-sign")
  })
})
