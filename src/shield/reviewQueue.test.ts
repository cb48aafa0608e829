import { describe, expect, it } from "vitest"

import { MAX_PENDING_PER_TAB, ReviewQueue, type QueueDecision, type ReviewItem } from "./reviewQueue"

const item = (id: string, outcome = true): ReviewItem => ({
  id,
  origin: "https://a.test",
  method: "personal_sign",
  requestJson: "{}",
  outcome: outcome ? { ok: true, result: { verdict: "safe" } as never } : undefined
})
function timers() {
  const pending = new Map<number, () => void>()
  let n = 0
  return { pending, set: (f: () => void) => (pending.set(++n, f), n), clear: (t: unknown) => pending.delete(t as number) }
}

describe("ReviewQueue", () => {
  it("answers only the item on screen, and never continues before the verdict is there", () => {
    const got: Record<string, QueueDecision> = {}
    const q = new ReviewQueue(() => {}, timers())
    q.add(item("a", false), 1, (d) => (got.a = d))
    q.add(item("b"), 1, (d) => (got.b = d))
    expect(q.answer("b", true)).toBe(false)
    expect(q.answer("a", true)).toBe(false)
    q.update("a", { outcome: { ok: false, error: "x" } })
    expect(q.answer("a", true)).toBe(true)
    expect(got.a.allow).toBe(true)
    expect(q.answer("b", false)).toBe(true)
    expect(got.b).toMatchObject({ allow: false })
    expect(q.items).toEqual([])
  })

  it("rejects everything when the window closes, a dropped request, and a timed-out one (visibly)", () => {
    const t = timers()
    const got: Record<string, QueueDecision> = {}
    const q = new ReviewQueue(() => {}, t, 1000)
    for (const id of ["a", "b", "c"]) q.add(item(id), 1, (d) => (got[id] = d))
    expect(q.drop("b", "The page navigated away.")).toBe(true)
    expect(got.b).toEqual({ allow: false, reason: "The page navigated away." })
    ;[...t.pending.values()][0]()
    expect(got.a).toMatchObject({ allow: false, timedOut: true })
    q.rejectAll("You closed Mamori's review window.")
    expect(got.c).toMatchObject({ allow: false })
    expect(t.pending.size).toBe(0)
  })

  it("bounds the requests waiting per tab", () => {
    const q = new ReviewQueue(() => {}, timers())
    for (let i = 0; i < MAX_PENDING_PER_TAB; i++) expect(q.add(item(String(i)), 7, () => {})).toBe(true)
    expect(q.add(item("x"), 7, () => {})).toBe(false)
    expect(q.add(item("y"), 8, () => {})).toBe(true)
  })
})

describe("ReviewQueue fee edits", () => {
  it("carries the user's fees only for an item that offered them, and only on Continue", () => {
    const decisions: QueueDecision[] = []
    const q = new ReviewQueue(() => {})
    const outcome = {
      ok: true as const,
      result: { verdict: "safe" as const, summary: "", findings: [], decoded: { kind: "unsupported" as const, method: "x", give: [], get: [], allowances: [], calls: [] } }
    }
    const fees = { type: "0x2" as const, gas: "0x5208" as const, maxFeePerGas: "0x1" as const, maxPriorityFeePerGas: "0x1" as const }
    const edit = { maxFeePerGas: "0x2" as const, maxPriorityFeePerGas: "0x1" as const }
    q.add({ id: "a", origin: "o", method: "eth_sendTransaction", requestJson: "{}", fees, outcome }, 1, (d) => decisions.push(d))
    q.add({ id: "b", origin: "o", method: "personal_sign", requestJson: "{}", outcome }, 1, (d) => decisions.push(d))
    q.add({ id: "c", origin: "o", method: "eth_sendTransaction", requestJson: "{}", fees, outcome }, 1, (d) => decisions.push(d))
    expect(q.answer("a", true, edit)).toBe(true)
    expect(q.answer("b", true, edit)).toBe(true)
    expect(q.answer("c", false, edit)).toBe(true)
    expect(decisions.map((d) => d.fees)).toEqual([edit, undefined, undefined])
  })
})
