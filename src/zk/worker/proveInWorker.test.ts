import { describe, expect, it } from "vitest"
import type { ProveRequest } from "./messages"
import { proveInWorker, type WorkerLike } from "./proveInWorker"

/** A scripted stand-in for a Worker: records requests and lets the test post replies. */
function fakeWorker() {
  const sent: ProveRequest[] = []
  const w: WorkerLike & { terminated: boolean; reply: (m: unknown) => void; sent: ProveRequest[] } = {
    sent,
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage: (m) => void sent.push(m as ProveRequest),
    terminate() {
      this.terminated = true
    },
    reply(m) {
      this.onmessage?.({ data: m })
    }
  }
  return w
}

const req = { prompt: "p", wasmUrl: "w", zkeyUrl: "z", vkeyUrl: "v" }

describe("proveInWorker", () => {
  it("forwards progress and resolves with the result of its own request id", async () => {
    const w = fakeWorker()
    const seen: string[] = []
    const { promise } = proveInWorker(w, req, (s) => seen.push(s))
    const id = w.sent[0]!.id
    expect(w.sent[0]!.kind).toBe("prove")
    w.reply({ kind: "progress", id: "other", stage: "prove", fraction: 0.5 })
    w.reply({ kind: "progress", id, stage: "witness", fraction: 0.2 })
    w.reply({ kind: "result", id, verified: true, ms: 1 })
    await expect(promise).resolves.toMatchObject({ verified: true })
    expect(seen).toEqual(["witness"])
  })

  it("rejects with the worker's error code", async () => {
    const w = fakeWorker()
    const { promise } = proveInWorker(w, req)
    w.reply({ kind: "error", id: w.sent[0]!.id, code: "zk/proof-invalid", message: "bad" })
    await expect(promise).rejects.toMatchObject({ code: "zk/proof-invalid" })
  })

  it("cancel terminates the worker and rejects with zk/cancelled", async () => {
    const w = fakeWorker()
    const { promise, cancel } = proveInWorker(w, req)
    cancel()
    expect(w.terminated).toBe(true)
    await expect(promise).rejects.toMatchObject({ code: "zk/cancelled" })
  })
})
