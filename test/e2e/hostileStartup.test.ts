/**
 * Red team round 4, N1: pages that load right after the browser starts. The guard used to be registered by the
 * service worker at run time, so the pages a browser restores or opens at start-up (and pages loaded right after
 * an install or update) had no guard: a signing request went straight to the wallet, with no review and no notice.
 * Here Chromium is launched with the hostile page as its start URL, and two more pages are opened the moment the
 * browser is up, before anything waits for the extension. Each page asks for a signature inline in <head>.
 * Every one of them must wait for Mamori's review window; closing it must reject (4001); the fake wallet must
 * never answer. `MAMORI_EXTENSION_DIR` points the test at another build (an older one fails it).
 */
import { spawn, type ChildProcess } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { CHROMIUM, EXTENSION_DIR } from "../../scripts/lib/browser"
import { startFakeWalletServer, type FakeWalletServer } from "./support/fakeWalletPages"

const extensionDir = process.env.MAMORI_EXTENSION_DIR ?? EXTENSION_DIR
let fake: FakeWalletServer
let context: BrowserContext
let browser: Browser | undefined
let chromiumProcess: ChildProcess | undefined
let userDataDir: string
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const outcome = (p: Page) => p.evaluate(() => (window as any).__startup?.outcome as string | undefined).catch(() => undefined)
const reviewWindows = () => context.pages().filter((p) => p.url().includes("/tabs/review.html") && !p.isClosed())

beforeAll(async () => {
  fake = await startFakeWalletServer()
  userDataDir = mkdtempSync(path.join(tmpdir(), "mamori-startup-"))
})
afterAll(async () => {
  await browser?.close().catch(() => {})
  chromiumProcess?.kill()
  // Chromium may still be writing its profile for a moment after the kill.
  try {
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  } catch {
    // a leftover temporary profile is harmless
  }
  await fake?.close()
})

describe("hostile pages: the first pages after a browser start are guarded (N1)", () => {
  it("the start page and pages opened at launch get a review for a signature asked inline; nothing reaches the wallet", async () => {
    const url = (n: number) => `${fake.url("assign", undefined, "startup_sign")}&n=${n}`
    const launched = Date.now()
    // Chromium itself opens the start URL (Playwright's launcher refuses one), and the test attaches over CDP.
    chromiumProcess = spawn(CHROMIUM, [
      "--headless",
      "--remote-debugging-port=0",
      `--user-data-dir=${userDataDir}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      "--no-sandbox",
      "--no-first-run",
      "--disable-component-update",
      "--disable-background-networking",
      "--window-size=1200,800",
      url(0)
    ])
    const ws = await new Promise<string>((resolve, reject) => {
      let err = ""
      chromiumProcess!.stderr!.on("data", (d: Buffer) => {
        err += d.toString()
        const m = /DevTools listening on (ws:\/\/\S+)/.exec(err)
        if (m) resolve(m[1])
      })
      chromiumProcess!.on("exit", (code) => reject(new Error(`Chromium exited (${code}): ${err.slice(-500)}`)))
    })
    browser = await chromium.connectOverCDP(ws)
    context = browser.contexts()[0]
    // Opened at once: the extension's service worker may well not have started yet.
    const opened = await Promise.all(
      [1, 2].map(async (n) => {
        const p = await context.newPage()
        await p.goto(url(n), { waitUntil: "commit" })
        return p
      })
    )
    let start: Page | undefined
    for (let i = 0; i < 100 && !start; i++) {
      start = context.pages().find((p) => p.url().includes("n=0"))
      if (!start) await sleep(100)
    }
    expect(start, "the start URL was opened").toBeTruthy()
    const pages = [start!, ...opened]
    // Each request must wait for the user, or fail closed (4001) when Mamori cannot show a review in time; the
    // review windows that open are closed, which rejects. A "signed:" outcome is the bypass.
    const deadline = Date.now() + 150_000
    let outcomes: (string | undefined)[] = []
    let windowsSeen = 0
    for (;;) {
      outcomes = await Promise.all(pages.map(outcome))
      if (outcomes.some((o) => o?.startsWith("signed")) || outcomes.every((o) => o?.startsWith("rejected")) || Date.now() > deadline) break
      for (const w of reviewWindows()) {
        windowsSeen++
        await w.close().catch(() => {})
      }
      await sleep(250)
    }
    const reasons = await Promise.all(pages.map((p) => p.evaluate(() => (window as any).__startup?.reason).catch(() => undefined)))
    console.log(`N1: ${(Date.now() - launched) / 1000} s after launch: ${JSON.stringify(outcomes)}; review windows closed: ${windowsSeen}; ${JSON.stringify(reasons)}`)
    expect(
      outcomes.filter((o) => o?.startsWith("signed")),
      "a start-up page got a signature with no review"
    ).toEqual([])
    expect(outcomes).toEqual(["rejected:4001", "rejected:4001", "rejected:4001"])
  })
})
