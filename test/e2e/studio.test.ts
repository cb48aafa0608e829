import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { DEV_ACCOUNTS, rpc } from "../../scripts/lib/chain"
import { startDemoServer } from "../../scripts/lib/demoServer"
import { pressContinue, waitForVerdict } from "./support/overlay"
import { artifact, setShieldRpc } from "./support/stack"
import {
  commitsBy,
  createFundedAccount,
  generate,
  onchainPixels,
  openStudio,
  pointStudioAt,
  startStudioStack,
  stopServiceWorker,
  storedJob,
  storedJobs,
  continueStudioReviews,
  waitForJob,
  type StudioStack
} from "./support/studio"

let stack: StudioStack
let account: `0x${string}`
const PASSWORD = "studio-e2e-password"
const figures: string[] = []

let reviews: ReturnType<typeof continueStudioReviews>
beforeAll(async () => {
  stack = await startStudioStack()
  // With the wallet's account, each commit and reveal is reviewed in Mamori's window first; this user continues them.
  reviews = continueStudioReviews(stack)
})
afterAll(async () => {
  reviews?.stop()
  await stack?.stop()
  for (const f of figures) console.log(f)
})

const automine = (on: boolean) => rpc(stack.chain.rpcUrl, "evm_setAutomine", [on])
const mine = () => rpc(stack.chain.rpcUrl, "evm_mine", [])

describe("Studio in the browser", () => {
  it("mints from the popup: the on-chain image equals the preview byte for byte", async () => {
    const page = await openStudio(stack.browser)
    await page.screenshot({ path: artifact("studio-1-no-account.png") })
    account = await createFundedAccount(page, stack.chain, PASSWORD)
    const prompt = "a lighthouse in violet fog"
    const preview = await generate(page, prompt)
    expect(preview.pixels).toMatch(/^[0-3]{1024}$/)
    figures.push(`preview-ms: ${preview.ms} ms`)
    await page
      .getByTestId("studio-title")
      .waitFor({ timeout: 10_000 })
      .catch(() => {})
    await page.screenshot({ path: artifact("studio-2-preview.png") })
    const started = Date.now()
    await page.getByTestId("studio-mint").click()
    await page.getByTestId("studio-progress").waitFor({ timeout: 20_000 })
    await page.screenshot({ path: artifact("studio-3-proving.png") })
    const job = await waitForJob(stack, prompt, (j) => j.status === "done", 90_000)
    await page.getByTestId("studio-token").waitFor({ timeout: 20_000 })
    await page.screenshot({ path: artifact("studio-4-minted.png"), fullPage: true })
    expect(job.commits).toHaveLength(1)
    expect(await page.getByTestId("studio-commit-tx").textContent()).toContain(job.commits[0].tx)
    expect(await page.getByTestId("studio-onchain-image").getAttribute("data-pixels")).toBe(preview.pixels)
    expect(await onchainPixels(stack, prompt)).toBe(preview.pixels)
    expect(await commitsBy(stack, account)).toBe(1)
    // Commit and reveal were each answered in Mamori's review window.
    expect(reviews.answered()).toBeGreaterThanOrEqual(2)
    await page.getByTestId("studio-gallery-item").first().waitFor({ timeout: 20_000 })
    await page.screenshot({ path: artifact("studio-5-gallery.png"), fullPage: true })
    figures.push(
      `proof-ms: ${job.proof.ms} ms`,
      `mint-total-ms: ${Date.now() - started} ms`,
      `commit-gas: ${job.commits[0].gasUsed} gas`,
      `reveal-gas: ${job.reveals[0].gasUsed} gas`
    )
    await page.close()
  })

  it("survives the service worker being stopped during proving", async () => {
    const page = await openStudio(stack.browser)
    const prompt = "copper foxes under a winter moon"
    const preview = await generate(page, prompt)
    await page.getByTestId("studio-mint").click()
    await waitForJob(stack, prompt, (j) => j.step === "proving")
    const before = await stack.browser.serviceWorker()
    await before.evaluate(() => ((self as any).__mamoriMarker = 1))
    await stopServiceWorker(stack.browser, page)
    await page.screenshot({ path: artifact("studio-6-sw-stopped-proving.png") })
    const job = await waitForJob(stack, prompt, (j) => j.status === "done", 90_000)
    const after = await stack.browser.serviceWorker()
    expect(await after.evaluate(() => (self as any).__mamoriMarker ?? 0)).toBe(0) // really a new worker
    expect(job.commits).toHaveLength(1)
    expect(await onchainPixels(stack, prompt)).toBe(preview.pixels)
    expect(await commitsBy(stack, account)).toBe(2)
    await page.getByTestId("studio-token").waitFor({ timeout: 20_000 })
    await page.screenshot({ path: artifact("studio-7-minted-after-sw-stop.png"), fullPage: true })
    await page.close()
  })

  it("survives the service worker being stopped between commit and reveal", async () => {
    const page = await openStudio(stack.browser)
    const prompt = "a paper boat on a neon river"
    const preview = await generate(page, prompt)
    await automine(false)
    try {
      await page.getByTestId("studio-mint").click()
      const pending = await waitForJob(stack, prompt, (j) => j.step === "commit-sent")
      await stopServiceWorker(stack.browser, page)
      await mine() // the commit lands while no worker runs
      await page.screenshot({ path: artifact("studio-8-sw-stopped-commit.png") })
      expect((await storedJob(stack.browser, prompt)).commits[0].tx).toBe(pending.commits[0].tx)
    } finally {
      await automine(true)
    }
    await waitForJob(stack, prompt, (j) => j.step === "reveal-sent" || j.status === "done")
    await mine().catch(() => {})
    const job = await waitForJob(stack, prompt, (j) => j.status === "done", 60_000)
    expect(job.commits).toHaveLength(1)
    expect(await onchainPixels(stack, prompt)).toBe(preview.pixels)
    expect(await commitsBy(stack, account)).toBe(3)
    await page.close()
  })

  it("survives a browser restart between commit and reveal: locked until unlocked, then minted", async () => {
    let page = await openStudio(stack.browser)
    const prompt = "three cranes over a tin roof"
    const preview = await generate(page, prompt)
    await automine(false)
    let sentTx: string
    try {
      await page.getByTestId("studio-mint").click()
      sentTx = (await waitForJob(stack, prompt, (j) => j.step === "commit-sent")).commits[0].tx
      await stack.browser.context.close()
      await mine()
    } finally {
      await automine(true)
    }
    const browser = await stack.relaunch()
    page = await openStudio(browser)
    await page.getByTestId("studio-locked").waitFor({ timeout: 20_000 })
    const waiting = await waitForJob(stack, prompt, (j) => j.status === "waiting", 60_000)
    expect(waiting.error.code).toBe("wallet/locked")
    expect(waiting.commits[0].tx).toBe(sentTx)
    await page.getByTestId("studio-job-error").waitFor()
    await page.screenshot({ path: artifact("studio-9-locked-after-restart.png"), fullPage: true })
    await page.getByTestId("studio-password").fill(PASSWORD)
    await page.getByTestId("studio-unlock").click()
    const job = await waitForJob(stack, prompt, (j) => j.status === "done", 60_000)
    expect(job.commits).toHaveLength(1)
    expect(await onchainPixels(stack, prompt)).toBe(preview.pixels)
    expect(await commitsBy(stack, account)).toBe(4)
    await page.getByTestId("studio-token").waitFor({ timeout: 20_000 })
    await page.screenshot({ path: artifact("studio-10-minted-after-restart.png"), fullPage: true })
    await page.close()
  })

  it("explains a dead RPC and a wrong chain; Retry finishes the mint once the RPC is back", async () => {
    const page = await openStudio(stack.browser)
    const prompt = "salt flats under a green sky"
    const preview = await generate(page, prompt)
    await pointStudioAt(stack.browser, "http://127.0.0.1:9", stack.collection)
    await page.getByTestId("studio-mint").click()
    const failed = await waitForJob(stack, prompt, (j) => j.status === "failed")
    expect(failed.error).toMatchObject({ code: "mint/rpc-down", retryable: true })
    expect(failed.commits).toHaveLength(0)
    await page.getByTestId("studio-retry").waitFor()
    await page.getByTestId("studio-rpc-down").waitFor({ timeout: 10_000 })
    expect(await page.getByTestId("studio-job-error").textContent()).toMatch(/RPC cannot be reached/)
    await page.screenshot({ path: artifact("studio-11-rpc-down.png"), fullPage: true })

    await pointStudioAt(stack.browser, stack.chain.rpcUrl, stack.collection, 1)
    await page.getByTestId("studio-wrong-chain").waitFor({ timeout: 10_000 })
    expect(await page.getByTestId("studio-wrong-chain").textContent()).toMatch(/chain 31337.*chain 1\b/)
    await page.screenshot({ path: artifact("studio-12-wrong-chain.png"), fullPage: true })

    await pointStudioAt(stack.browser, stack.chain.rpcUrl, stack.collection)
    // (The 30 s alarm may have retried it already.)
    const retry = page.getByTestId("studio-retry")
    if (await retry.isVisible()) await retry.click()
    const job = await waitForJob(stack, prompt, (j) => j.status === "done", 60_000)
    expect(job.commits).toHaveLength(1)
    expect(await onchainPixels(stack, prompt)).toBe(preview.pixels)
    expect(await commitsBy(stack, account)).toBe(5)
    await page.close()
  })

  it("mints with the wallet of the active tab, each transaction confirmed through the page (and the Shield)", async () => {
    const demo = await startDemoServer({ rpcUrl: stack.chain.rpcUrl })
    try {
      await setShieldRpc(stack.browser, stack.chain.rpcUrl)
      const dapp = await stack.browser.context.newPage()
      await dapp.goto(demo.url)
      const page = await openStudio(stack.browser)
      await page.getByTestId("studio-connect-tab").click()
      await page.getByTestId("studio-tab-wallet").waitFor({ timeout: 20_000 })
      expect((await page.getByTestId("studio-address").textContent())!.toLowerCase()).toBe(DEV_ACCOUNTS[0].address.toLowerCase())
      const prompt = "a kite tangled in cherry blossoms"
      const preview = await generate(page, prompt)
      await page.getByTestId("studio-mint").click()
      for (const [i, step] of ["commit", "reveal"].entries()) {
        await dapp.bringToFront()
        const verdict = await waitForVerdict(dapp, 60_000)
        await dapp.screenshot({ path: artifact(`studio-${13 + i}-tab-wallet-${step}.png`) })
        await pressContinue(dapp, verdict === "danger")
        if (step === "commit") await waitForJob(stack, prompt, (j) => ["committed", "reveal-sent", "minted"].includes(j.step), 30_000)
      }
      const job = await waitForJob(stack, prompt, (j) => j.status === "done", 60_000)
      expect(job.signer).toBe("tab")
      expect(job.commits).toHaveLength(1)
      expect(await onchainPixels(stack, prompt)).toBe(preview.pixels)
      expect(await commitsBy(stack, DEV_ACCOUNTS[0].address)).toBe(1)
      await page.bringToFront()
      await page.getByTestId("studio-token").waitFor({ timeout: 20_000 })
      await page.screenshot({ path: artifact("studio-15-tab-wallet-minted.png"), fullPage: true })

      // A prompt someone else (the local account, test 1) already minted: explained, and no commit is paid.
      const taken = "a lighthouse in violet fog"
      await generate(page, taken)
      await page.getByTestId("studio-mint").click()
      let refused: any
      for (let i = 0; i < 300 && refused?.status !== "failed"; i++) {
        refused = (await storedJobs(stack.browser)).find((j) => j.prompt === taken && j.signer === "tab")
        await new Promise((r) => setTimeout(r, 100))
      }
      expect(refused).toMatchObject({ status: "failed", error: { code: "mint/already-minted", retryable: false } })
      expect(refused.commits).toHaveLength(0)
      await page.getByTestId("studio-job-error").waitFor()
      expect(await page.getByTestId("studio-retry").count()).toBe(0)
      await page.screenshot({ path: artifact("studio-16-already-minted.png"), fullPage: true })
      expect(await commitsBy(stack, DEV_ACCOUNTS[0].address)).toBe(1)
      await page.getByTestId("studio-use-local").click()
      await page.close()
      await dapp.close()
    } finally {
      await demo.close()
    }
  })
})
