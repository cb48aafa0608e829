/**
 * `npm run bench:guard` — what the guard costs a page, measured in headless Chromium with the built extension:
 *  - the latency it adds to pass-through calls (the dev wallet answers eth_accounts in-page, so the wrapper's
 *    own cost is what differs between a browser with and without the extension);
 *  - the time from a page's signing request to the verdict on screen (no LLM).
 * Needs `npm run build` first.
 */
import { chromium, type Page } from "playwright-core"

import { CHROMIUM, launchWithExtension, waitForGuardRegistration } from "./lib/browser"
import { startChain } from "./lib/chain"
import { startDemoServer } from "./lib/demoServer"

const BATCHES = 30
const CALLS_PER_BATCH = 2000
const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 30)

/** Median per-call time of eth_accounts, in ms, over batches (batches beat the timer's coarse resolution). */
async function passThroughMs(page: Page): Promise<number> {
  return page.evaluate(async ({ batches, calls }) => {
    const eth = (window as any).ethereum
    const per: number[] = []
    for (let b = 0; b < batches; b++) {
      const t0 = performance.now()
      for (let i = 0; i < calls; i++) await eth.request({ method: "eth_accounts" })
      per.push((performance.now() - t0) / calls)
    }
    per.sort((a, b) => a - b)
    return per[Math.floor(per.length / 2)]
  }, { batches: BATCHES, calls: CALLS_PER_BATCH })
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

    const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] })
    const plainPage = await plain.newPage()
    await plainPage.addInitScript(KEEP_NAMES)
    await plainPage.goto(demo.url)
    const bare = await passThroughMs(plainPage)
    await plain.close()

    // Request → verdict on screen, timed inside the page: from the call to the overlay's verdict attribute.
    await page.evaluate(() => (window as any).demo.connect())
    const times: number[] = []
    for (let i = 0; i < REVIEWS; i++) {
      const ms = await page.evaluate(async (i) => {
        const eth = (window as any).ethereum
        const t0 = performance.now()
        const verdict = new Promise<number>((resolve) => {
          const check = () => {
            const state = document.querySelector("mamori-shield")?.getAttribute("data-state")
            if (state && state !== "checking") { observer.disconnect(); resolve(performance.now() - t0) }
          }
          const observer = new MutationObserver(check)
          observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-state"] })
        })
        ;(window as any).__pending = eth.request({ method: "personal_sign", params: ["0x" + Array.from(new TextEncoder().encode(`bench ${i}`), (b) => b.toString(16).padStart(2, "0")).join(""), "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"] }).catch((e: any) => e.code)
        return verdict
      }, i)
      times.push(ms)
      await page.keyboard.press("Escape")
      await page.evaluate(() => (window as any).__pending)
    }
    console.log(`pass-through per call: guarded ${(guarded * 1000).toFixed(1)} µs, without extension ${(bare * 1000).toFixed(1)} µs`)
    console.log(`guard-passthrough-added-median: ${Math.max(0, guarded - bare).toFixed(5)} ms`)
    console.log(`guard-verdict-on-screen-p50: ${pct(times, 50).toFixed(1)} ms`)
    console.log(`guard-verdict-on-screen-p95: ${pct(times, 95).toFixed(1)} ms`)
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
