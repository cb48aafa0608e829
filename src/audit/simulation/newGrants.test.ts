import { describe, expect, it } from "vitest"
import { newGrants } from "./newGrants"

const USER = "0x1111111111111111111111111111111111111111"
const SPENDER = "0x2222222222222222222222222222222222222222"
const TOKEN = "0x4444444444444444444444444444444444444444"

describe("newGrants", () => {
  it("keeps a new or raised allowance and drops a spent-down one", () => {
    expect(newGrants([{ kind: "erc20-approve", token: TOKEN, owner: USER, spender: SPENDER, raw: "10", before: { raw: "0" } }], USER)).toHaveLength(1)
    expect(newGrants([{ kind: "erc20-approve", token: TOKEN, owner: USER, spender: SPENDER, raw: "10", before: { raw: "50" } }], USER)).toEqual([])
  })
  it("counts an allowance whose previous value could not be read as new (fail closed)", () => {
    expect(newGrants([{ kind: "erc20-approve", token: TOKEN, owner: USER, spender: SPENDER, raw: "10" }], USER)).toHaveLength(1)
  })
  it("ignores revokes, zero approvals, other owners and operators already approved", () => {
    expect(
      newGrants(
        [
          { kind: "nft-operator", token: TOKEN, owner: USER, spender: SPENDER, approved: false },
          { kind: "nft-operator", token: TOKEN, owner: USER, spender: SPENDER, approved: true, before: { approved: true } },
          { kind: "erc20-approve", token: TOKEN, owner: USER, spender: SPENDER, raw: "0" },
          { kind: "erc20-approve", token: TOKEN, owner: SPENDER, spender: USER, raw: "5" }
        ],
        USER
      )
    ).toEqual([])
  })
  it("keeps the last event for a token and spender", () => {
    const g = newGrants(
      [
        { kind: "erc20-approve", token: TOKEN, owner: USER, spender: SPENDER, raw: "1" },
        { kind: "erc20-approve", token: TOKEN, owner: USER, spender: SPENDER, raw: "7" }
      ],
      USER
    )
    expect(g.map((x) => x.raw)).toEqual(["7"])
    // A later decrease (an allowance spent down) cancels nothing the chain had, and is not a grant.
    expect(
      newGrants(
        [
          { kind: "erc20-approve", token: TOKEN, owner: USER, spender: SPENDER, raw: "7" },
          { kind: "erc20-approve", token: TOKEN, owner: USER, spender: SPENDER, raw: "0" }
        ],
        USER
      )
    ).toEqual([])
  })
})
