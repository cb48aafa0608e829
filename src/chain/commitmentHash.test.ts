import { describe, expect, it } from "vitest"
import { encodeAbiParameters, keccak256, stringToHex } from "viem"
import { commitmentHash, randomSalt } from "./commitmentHash"

const ALICE = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
const BOB = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
const SALT = `0x${"ab".repeat(32)}` as const

describe("commitmentHash", () => {
  it("is keccak256(abi.encode(sender, keccak256(utf8(prompt)), salt))", () => {
    const expected = keccak256(encodeAbiParameters([{ type: "address" }, { type: "bytes32" }, { type: "bytes32" }], [ALICE, keccak256(stringToHex("héllo ☃")), SALT]))
    expect(commitmentHash(ALICE, "héllo ☃", SALT)).toBe(expected)
  })

  it("binds the sender, the prompt and the salt", () => {
    const base = commitmentHash(ALICE, "fox", SALT)
    expect(commitmentHash(BOB, "fox", SALT)).not.toBe(base)
    expect(commitmentHash(ALICE, "fox ", SALT)).not.toBe(base)
    expect(commitmentHash(ALICE, "fox", `0x${"ab".repeat(31)}ac`)).not.toBe(base)
    // Address case does not matter.
    expect(commitmentHash(ALICE.toLowerCase() as `0x${string}`, "fox", SALT)).toBe(base)
  })

  it("rejects bad input with a typed error", () => {
    expect(() => commitmentHash("0x1234", "fox", SALT)).toThrow(/not an address/)
    expect(() => commitmentHash(ALICE, "fox", "0x1234")).toThrow(/32 bytes/)
    expect(() => commitmentHash(ALICE, 5 as unknown as string, SALT)).toThrow(/string/)
  })

  it("randomSalt gives 32 fresh bytes", () => {
    const a = randomSalt()
    expect(a).toMatch(/^0x[0-9a-f]{64}$/)
    expect(randomSalt()).not.toBe(a)
  })
})
