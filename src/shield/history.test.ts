import { describe, expect, it } from "vitest"

import { appendHistory, HISTORY_LIMIT, recentCounterparties, recordDecision, type HistoryEntry } from "./history"
import { DEFAULT_RPC_URLS } from "../chains/knownChains"
import { chainKey, parseSettings } from "./settings"
import { sitePolicy } from "./sitePolicy"

const entry = (id: string, over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id,
  at: 1,
  origin: "https://a.test",
  method: "personal_sign",
  verdict: "safe",
  summary: "s",
  findings: [],
  counterparties: [],
  decision: "pending",
  ...over
})

describe("history", () => {
  it("keeps the newest 500 entries, newest first, without mutating the input", () => {
    let h: HistoryEntry[] = []
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) h = appendHistory(h, entry(String(i)))
    expect(h).toHaveLength(HISTORY_LIMIT)
    expect(h[0].id).toBe(String(HISTORY_LIMIT + 19))
    expect(h.at(-1)!.id).toBe("20")
    const before = [...h]
    appendHistory(h, entry("x"))
    expect(h).toEqual(before)
  })

  it("records decisions and derives counterparties only from requests the user went ahead with", () => {
    let h = [entry("a", { counterparties: ["0xAA"] }), entry("b", { counterparties: ["0xbb"] })]
    h = recordDecision(h, "a", "continued", 5)
    h = recordDecision(h, "b", "rejected", 6)
    expect(h[0]).toMatchObject({ decision: "continued", decidedAt: 5 })
    expect(recentCounterparties(h)).toEqual(["0xaa"])
    expect(recordDecision(h, "missing", "continued", 7)).toEqual(h)
  })
})

describe("settings and site policy", () => {
  it("parses stored settings defensively", () => {
    expect(parseSettings(null).rpcUrls["31337"]).toBe("http://127.0.0.1:8545")
    const s = parseSettings({
      rpcUrls: { "1": "https://rpc.example", x: "https://bad", "10": "javascript:alert(1)" },
      sites: { "https://a.test": "paused", "https://b.test": "evil" }
    })
    expect(s.rpcUrls).toMatchObject({ "1": "https://rpc.example" })
    expect(s.rpcUrls["10"]).toBe(DEFAULT_RPC_URLS["10"]) // refused: the default stays
    expect(s.sites).toEqual({ "https://a.test": "paused" })
  })

  it("normalises chain ids", () => {
    expect(chainKey("0x7a69")).toBe("31337")
    expect(chainKey("0x0000000000000000000000000000000000000000000000000000000000000001")).toBe("1")
    expect(chainKey("137")).toBe("137")
    expect(chainKey(10)).toBe("10")
    expect(chainKey("0x")).toBeUndefined()
    expect(chainKey({})).toBeUndefined()
  })

  it("continues without a click only for safe verdicts on trusted sites; never for unknown", () => {
    const s = parseSettings({ sites: { "https://t.test": "trusted", "https://p.test": "paused" } })
    expect(sitePolicy(s, "https://t.test", "safe")).toBe("continue")
    expect(sitePolicy(s, "https://t.test", "unknown")).toBe("review")
    expect(sitePolicy(s, "https://t.test", "warning")).toBe("review")
    expect(sitePolicy(s, "https://p.test", "danger")).toBe("pass")
    expect(sitePolicy(s, "https://other.test", "safe")).toBe("review")
  })
})
