import { describe, expect, it } from "vitest"
import { parseDeployment, serializeDeployment } from "./deployment"
import devnetJson from "../../assets/deployments/31337.json"
import { toChainError } from "./errors"

const good = {
  chainId: 31337,
  collection: "0xcf7ed3acca5a467e9e704c703e8d87f634fb0fc9",
  registry: "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512",
  verifier: "0x5fbdb2315678afecb367f032d93f642f64180aa3",
  renderer: "0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0",
  modelCommitment: "123",
  blockNumber: 6
}

describe("deployment records", () => {
  it("parses, checksums addresses and round-trips through JSON", () => {
    const d = parseDeployment(good)
    expect(d.collection).toBe("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9")
    expect(d.modelCommitment).toBe("123")
    expect(parseDeployment(JSON.parse(serializeDeployment(d)))).toEqual(d)
  })

  it("rejects broken records with a typed error", () => {
    for (const bad of [
      null,
      "x",
      { ...good, collection: "0x12" },
      { ...good, chainId: -1 },
      { ...good, modelCommitment: "abc" },
      { ...good, modelCommitment: undefined },
      { ...good, modelCommitment: 5 }
    ]) {
      expect(() => parseDeployment(bad)).toThrow(/deployment record is invalid/)
    }
    try {
      parseDeployment({})
    } catch (e) {
      expect(toChainError(e).code).toBe("chain/bad-deployment")
    }
  })

  it("ships the devnet deployment", () => {
    expect(parseDeployment(devnetJson).chainId).toBe(31337)
    expect(BigInt(parseDeployment(devnetJson).modelCommitment)).toBeGreaterThan(0n)
  })
})
