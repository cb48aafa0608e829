import { describe, expect, it } from "vitest"
import { run, severityOf, typed } from "../../../test/unit/audit/kit"

const root = (origin: string) => ({
  ...typed(
    "Root",
    { Root: [{ name: "root", type: "bytes32" }] },
    { name: "Blur Exchange", version: "1.0", chainId: 1, verifyingContract: "0x000000000000ad05ccc4f10045630fb830b95127" },
    { root: `0x${"ab".repeat(32)}` }
  ),
  origin
})

describe("blind-bulk-listing", () => {
  it("is danger outside blur.io", () => {
    expect(severityOf(run(root("https://blur-airdrop.io")), "blind-bulk-listing")).toBe("danger")
  })
  it("is a warning on blur.io", () => {
    expect(severityOf(run(root("https://blur.io")), "blind-bulk-listing")).toBe("warning")
  })
})
