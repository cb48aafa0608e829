import { describe, expect, it } from "vitest"
import { normalizeRequest } from "./normalizeRequest"

const USER = "0x1111111111111111111111111111111111111111"

describe("normalizeRequest", () => {
  it("reads chain ids as hex, padded hex, decimal strings and CAIP-2", () => {
    for (const chainId of ["0x1", "0x0001", "1", 1, "eip155:1"]) expect(normalizeRequest({ method: "eth_sign", chainId, params: [USER, "0x00"] }).chainId).toBe(1)
  })
  it("restores a missing leading zero nibble in calldata", () => {
    const r = normalizeRequest({ method: "eth_sendTransaction", params: [{ to: USER, data: "0x95ea7b3" }] })
    expect(r.tx?.data).toBe("0x095ea7b3")
  })
  it("puts reversed personal_sign arguments back in order", () => {
    const r = normalizeRequest({ method: "personal_sign", params: [USER, "0x68656c6c6f"] })
    expect(r.payload).toBe("0x68656c6c6f")
    expect(r.from).toBe(USER)
  })
  it("keeps a plain-text personal_sign message as text", () => {
    expect(normalizeRequest({ method: "personal_sign", params: ["hello", USER] }).payloadText).toBe("hello")
  })
  it("accepts typed data as a JSON string or an object, in either argument order", () => {
    const payload = { types: { EIP712Domain: [], M: [{ name: "a", type: "uint256" }] }, primaryType: "M", domain: {}, message: { a: "1" } }
    expect(normalizeRequest({ method: "eth_signTypedData_v4", params: [USER, JSON.stringify(payload)] }).kind).toBe("typed")
    expect(normalizeRequest({ method: "eth_signTypedData_v3", params: [payload, USER] }).kind).toBe("typed")
    expect(normalizeRequest({ method: "ETH_SIGNTYPEDDATA_V4", params: [USER, payload] }).method).toBe("eth_signTypedData_v4")
  })
  it("recognises legacy v1 typed-data arrays", () => {
    const r = normalizeRequest({ method: "eth_signTypedData", params: [[{ type: "string", name: "Message", value: "Hi" }], USER] })
    expect(r.kind).toBe("typed-v1")
    expect(r.typedV1?.[0]?.name).toBe("Message")
  })
  it("reports problems instead of throwing", () => {
    expect(normalizeRequest(null).problems).toContain("the request is not an object")
    expect(normalizeRequest({ method: "eth_sendTransaction", params: [{ to: "0x12", data: "0x" }] }).problems[0]).toMatch(/invalid "to"/)
    expect(normalizeRequest({ method: "eth_signTypedData_v4", params: [USER, "{not json"] }).problems[0]).toMatch(/not valid JSON/)
    expect(normalizeRequest({ method: "wallet_sendCalls", params: [{ calls: [] }] }).problems[0]).toMatch(/no calls/)
  })
  it("takes the host of an origin with a trailing note", () => {
    expect(normalizeRequest({ method: "eth_sign", origin: "https://metamask.github.io (test-dapp)", params: [] }).originHost).toBe("metamask.github.io")
  })
})
