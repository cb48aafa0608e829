/**
 * The shipped prover worker (lib/proverWorker.ts, bundled as the extension build bundles it) in a headless-Chromium dedicated
 * worker: it proves, reports progress, verifies locally, returns the reference pixels, and stops when
 * terminated (cancel).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { generateArt } from "../../../src/art/generate"
import { artPublicSignals } from "../../../src/zk/artPublicSignals"
import { packPixels } from "../../../src/zk/packPixels"
import { cancelInBrowser, openBrowserProver, proveInBrowser, type BrowserProver } from "../../../circuits/scripts/browserProver"

let prover: BrowserProver

beforeAll(async () => {
  prover = await openBrowserProver()
})
afterAll(async () => {
  await prover?.close()
})

describe("prover worker in headless Chromium", () => {
  it("proves with progress, verified, with the reference pixels (time is measured by npm run bench:zk)", async () => {
    const prompt = "neon koi in a midnight pond"
    const run = await proveInBrowser(prover.page, prompt)
    expect(run.verified).toBe(true)
    expect(run.stages).toEqual(expect.arrayContaining(["download", "reference", "witness", "prove", "verify", "done"]))
    expect(run.words).toEqual(packPixels(generateArt(prompt)).map(String))
    expect(run.publicSignals).toEqual(artPublicSignals({ prompt, pixels: generateArt(prompt) }))
  })

  it("cancels mid-proof by terminating, and a fresh worker proves afterwards", async () => {
    const c = await cancelInBrowser(prover.page)
    expect(["witness", "prove"]).toContain(c.cancelledAt)
    expect(c.messagesAfterCancel).toBe(0)
    const again = await proveInBrowser(prover.page, "after cancel")
    expect(again.verified).toBe(true)
  })
})
