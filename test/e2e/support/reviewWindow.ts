/**
 * Reading and answering Mamori's review window as a user would: the window is an extension page
 * (`tabs/review.html`) in its own popup window; tests find it among the context's pages and click in it with
 * real (trusted) input. The page that sent the request has no way to reach it.
 */
import type { BrowserContext, Frame, Page } from "playwright-core"

const isReviewWindow = (p: Page) => p.url().startsWith("chrome-extension://") && p.url().includes("/tabs/review.html")

/** The open review window, waiting for it to appear. */
export async function reviewWindow(context: BrowserContext, timeoutMs = 15_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    // The newest window: an older one may still be closing.
    const open = context
      .pages()
      .filter((p) => isReviewWindow(p) && !p.isClosed())
      .at(-1)
    if (open) return open
    if (Date.now() > deadline) throw new Error(`no review window within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

const contextOf = (x: Page | Frame | BrowserContext): BrowserContext =>
  "newPage" in x && "pages" in x ? (x as BrowserContext) : "context" in x && typeof (x as Page).context === "function" ? (x as Page).context() : (x as Frame).page().context()

/** Waits until the window shows a verdict (not "checking") for its current request; returns it with the item id. */
export async function waitForReview(from: Page | Frame | BrowserContext, timeoutMs = 15_000): Promise<{ verdict: string; id: string; win: Page }> {
  const context = contextOf(from)
  const deadline = Date.now() + timeoutMs
  let last = "none"
  for (;;) {
    const win = await reviewWindow(context, Math.max(1, deadline - Date.now()))
    const state = await win
      .evaluate(() => {
        const item = document.querySelector("[data-item]")
        return item ? { id: item.getAttribute("data-item")!, verdict: item.querySelector("[data-verdict]")?.getAttribute("data-verdict") ?? "" } : undefined
      })
      .catch(() => undefined)
    if (state?.verdict && state.verdict !== "checking") return { ...state, win }
    last = state?.verdict ?? "none"
    if (Date.now() > deadline) throw new Error(`no verdict in the review window within ${timeoutMs} ms (state: ${last})`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

/** The verdict shown for the current request. */
export async function waitForVerdict(from: Page | Frame | BrowserContext, timeoutMs = 15_000): Promise<string> {
  return (await waitForReview(from, timeoutMs)).verdict
}

/** The review window's visible text. */
export async function reviewText(from: Page | Frame | BrowserContext): Promise<string> {
  const win = await reviewWindow(contextOf(from))
  return win.evaluate(() => document.body.innerText)
}

/** Waits until the window moved past the request `id` (next request shown, nothing left to answer, or closed). */
async function movedPast(win: Page, id: string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (win.isClosed()) return
    const current = await win.evaluate(() => document.querySelector("[data-item]")?.getAttribute("data-item") ?? "").catch(() => "")
    // Another request, or none: the emptied window stays (minimised) for the next request, so nothing to wait for.
    if (current !== id) return
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error("the review window did not move on after the answer")
}

/**
 * Runs `act` on the window showing the current request, then waits until the window moved on.
 */
async function inWindow(from: Page | Frame | BrowserContext, act: (win: Page) => Promise<void>): Promise<void> {
  const { win, id } = await waitForReview(from)
  try {
    await act(win)
  } catch (e) {
    // The window closed under Playwright's click (it was closed by the user or the idle time-out): the click was delivered.
    if (!/closed/i.test(String(e))) throw e
  }
  await movedPast(win, id)
}

/** Clicks Reject in the window (a real click). */
export async function clickReject(from: Page | Frame | BrowserContext): Promise<void> {
  await inWindow(from, (win) => win.getByTestId("reject").click())
}

/** Clicks Continue in the window; on danger or unknown, ticks the confirmation first (real clicks). */
export async function clickContinue(from: Page | Frame | BrowserContext): Promise<void> {
  await inWindow(from, async (win) => {
    const box = win.getByTestId("confirm-danger")
    if (await box.count()) await box.check()
    await win.getByTestId("continue").click()
  })
}

/** Collects what reached the emulated wallet (its "WALLET-RECEIVED" console lines, from every frame). */
export function walletInbox(page: Page): { received: { method: string; params?: unknown; href: string }[] } {
  const inbox = { received: [] as { method: string; params?: unknown; href: string }[] }
  page.on("console", (m) => {
    const text = m.text()
    if (text.startsWith("WALLET-RECEIVED ")) inbox.received.push(JSON.parse(text.slice("WALLET-RECEIVED ".length)))
  })
  return inbox
}
