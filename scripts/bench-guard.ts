/**
 * `npm run bench:guard` — what the guard costs a page, measured in headless Chromium with the built extension:
 *  - the latency it adds to pass-through calls (the dev wallet answers eth_accounts in-page, so the wrapper's
 *    own cost is what differs between a browser with and without the extension);
 *  - the time from a page's signing request to the review visible in Mamori's review window, and to the
 *    verdict visible there (no LLM): with the window already open (kept between requests), and apart, with a
 *    new window for each request.
 * Needs `npm run build` first.
 */
import { chromium, type BrowserContext, type Page } from "playwright-core"

import { CHROMIUM, launchWithExtension, waitForGuardRegistration } from "./lib/browser"
import { startChain } from "./lib/chain"
import { startDemoServer } from "./lib/demoServer"

/** Mamori's review window among the context's pages, waiting for it to open. */
async function reviewWindow(context: BrowserContext): Promise<Page> {
  const deadline = Date.now() + 30_000
  for (;;) {
    const win = context.pages().find((p) => !p.isClosed() && p.url().includes("/tabs/review.html"))
    if (win) return win
    if (Date.now() > deadline) throw new Error("the review window did not open")
    await new Promise((r) => setTimeout(r, 5))
  }
}

const BATCHES = 30
const CALLS_PER_BATCH = 2000
const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 30)
/** Requests measured with a newly opened window each (the window closed before each). */
const COLD = Number(process.env.BENCH_COLD_REVIEWS ?? 5)

/** Median per-call time of eth_accounts, in ms, over batches (batches beat the timer's coarse resolution). */
async function passThroughMs(page: Page): Promise<number> {
  return page.evaluate(
    async ({ batches, calls }) => {
      const eth = (window as any).ethereum
      const per: number[] = []
      for (let b = 0; b < batches; b++) {
        const t0 = performance.now()
        for (let i = 0; i < calls; i++) await eth.request({ method: "eth_accounts" })
        per.push((performance.now() - t0) / calls)
      }
      per.sort((a, b) => a - b)
      return per[Math.floor(per.length / 2)]
    },
    { batches: BATCHES, calls: CALLS_PER_BATCH }
  )
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]

async function main() {
  const chain = await startChain()
  const demo = await startDemoServer({ rpcUrl: chain.rpcUrl })
  const browser = await launchWithExtension({ headless: true })
  try {
    await waitForGuardRegistration(browser)
    // tsx (esbuild keepNames) wraps named inner functions in __name(); give the pages a no-op one.
    const KEEP_NAMES = "window.__name = (f) => f"
    const page = await browser.context.newPage()
    await page.addInitScript(KEEP_NAMES)
    await page.goto(demo.url)
    const guarded = await passThroughMs(page)

    const plain = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]
    })
    const plainPage = await plain.newPage()
    await plainPage.addInitScript(KEEP_NAMES)
    await plainPage.goto(demo.url)
    const bare = await passThroughMs(plainPage)
    await plain.close()

    // Request → review visible in Mamori's window. Both ends are stamped in epoch milliseconds by the pages
    // themselves (the dapp just before its call, the review window on the first animation frame after it drew the
    // request), so Playwright's polling adds nothing. The window is opened by the first request and kept
    // (minimised) between requests, as it is for a user answering one request after another; COLD requests are
    // measured apart, each after the window was closed, so each opens a new window.
    await page.evaluate(() => (window as any).demo.connect())
    const warm = { shown: [] as number[], verdict: [] as number[] }
    const cold = { shown: [] as number[], verdict: [] as number[] }
    let last = ""
    const one = async (i: number, into: typeof warm, closeAfter: boolean) => {
      const t0 = await page.evaluate((i) => {
        const eth = (window as any).ethereum
        const t = performance.timeOrigin + performance.now()
        ;(window as any).__pending = eth
          .request({
            method: "personal_sign",
            params: ["0x" + Array.from(new TextEncoder().encode(`bench ${i}`), (b) => b.toString(16).padStart(2, "0")).join(""), "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"]
          })
          .catch((e: any) => e.code)
        return t
      }, i)
      const win = await reviewWindow(browser.context)
      await win.waitForFunction(
        (last) => {
          const root = document.documentElement
          const item = root.getAttribute("data-stamp-item")
          return Boolean(item && item !== last && root.hasAttribute("data-verdict-at"))
        },
        last,
        { timeout: 30_000, polling: 10 }
      )
      const stamps = await win.evaluate(() => ({
        item: document.documentElement.getAttribute("data-stamp-item") ?? "",
        shown: Number(document.documentElement.getAttribute("data-shown-at") ?? Number.NaN),
        verdict: Number(document.documentElement.getAttribute("data-verdict-at"))
      }))
      last = stamps.item
      into.verdict.push(stamps.verdict - t0)
      into.shown.push(Math.min(Number.isNaN(stamps.shown) ? Number.POSITIVE_INFINITY : stamps.shown, stamps.verdict) - t0)
      await win.getByTestId("reject").click()
      await page.evaluate(() => (window as any).__pending)
      if (closeAfter) {
        await win.close()
        await new Promise((r) => setTimeout(r, 300))
      }
    }
    for (let i = 0; i < COLD; i++) await one(i, cold, true)
    for (let i = 0; i < REVIEWS; i++) await one(COLD + i, warm, false)
    console.log(`pass-through per call: guarded ${(guarded * 1000).toFixed(1)} µs, without extension ${(bare * 1000).toFixed(1)} µs`)
    console.log(`guard-passthrough-added-median: ${Math.max(0, guarded - bare).toFixed(5)} ms`)
    console.log(`guard-review-visible-p50: ${pct(warm.shown, 50).toFixed(1)} ms`)
    console.log(`guard-review-visible-p95: ${pct(warm.shown, 95).toFixed(1)} ms`)
    console.log(`guard-verdict-visible-p50: ${pct(warm.verdict, 50).toFixed(1)} ms`)
    console.log(`guard-verdict-visible-p95: ${pct(warm.verdict, 95).toFixed(1)} ms`)
    console.log(`guard-review-visible-new-window-p50: ${pct(cold.shown, 50).toFixed(1)} ms`)
    console.log(`guard-review-visible-new-window-max: ${Math.max(...cold.shown).toFixed(1)} ms`)
  } finally {
    await browser.close()
    await demo.close()
    await chain.stop()
  }
}

void main().catch((e) => {
  console.error(e)
  process.exit(1)
})
