/** The Studio's end-to-end stack: devnet with the contracts deployed, Chromium with the built extension. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import type { Page } from "playwright-core"
import { createPublicClient, http, parseEventLogs, type Address, type PublicClient } from "viem"

import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from "../../../scripts/lib/browser"
import { DEV_ACCOUNTS, rpc, startChain, type Chain } from "../../../scripts/lib/chain"
import { deployAll } from "../../../scripts/lib/contracts"
import { mamoriArtAbi } from "../../../src/chain/abi/mamoriArtAbi"
import { decodeTokenUri } from "../../../src/studio/decodeTokenUri"
import { tokenIdOf } from "../../../src/chain/tokenIdOf"
import { ARTIFACTS } from "./stack"

export type StudioStack = {
  chain: Chain
  collection: Address
  client: PublicClient
  userDataDir: string
  browser: ExtensionBrowser
  relaunch: () => Promise<ExtensionBrowser>
  stop: () => Promise<void>
}

export async function startStudioStack(): Promise<StudioStack> {
  mkdirSync(ARTIFACTS, { recursive: true })
  const chain = await startChain()
  const deployment = await deployAll({ rpcUrl: chain.rpcUrl, privateKey: DEV_ACCOUNTS[0].privateKey })
  const client = createPublicClient({ transport: http(chain.rpcUrl) }) as PublicClient
  const userDataDir = mkdtempSync(path.join(tmpdir(), "mamori-studio-"))
  // A private copy of the build: other suites may rebuild build/chrome-mv3-prod while this one runs.
  const extensionDir = mkdtempSync(path.join(tmpdir(), "mamori-studio-ext-"))
  await copyCompleteBuild(extensionDir)
  const stack: StudioStack = {
    chain,
    collection: deployment.collection,
    client,
    userDataDir,
    browser: await launchWithExtension({ headless: true, userDataDir, extensionDir }),
    relaunch: async () => {
      await stack.browser.close()
      stack.browser = await launchWithExtension({ headless: true, userDataDir, extensionDir })
      return stack.browser
    },
    stop: async () => {
      await stack.browser.close()
      await chain.stop()
      rmSync(extensionDir, { recursive: true, force: true })
      rmSync(userDataDir, { recursive: true, force: true })
    }
  }
  await pointStudioAt(stack.browser, chain.rpcUrl, deployment.collection)
  return stack
}

/** Sets the Studio's RPC and collection, as a user would in settings. */
export async function pointStudioAt(browser: ExtensionBrowser, rpcUrl: string, collection: Address, chainId = 31337): Promise<void> {
  const sw = await browser.serviceWorker()
  await sw.evaluate(async ({ rpcUrl, collection, chainId }) => chrome.storage.local.set({ "studio.settings": { rpcUrl, chainId, collection } }), { rpcUrl, collection, chainId })
}

export async function openStudio(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage()
  await page.setViewportSize({ width: 420, height: 1100 })
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`)
  await page.getByTestId("tab-studio").click()
  await page.getByTestId("studio-account").waitFor()
  return page
}

/** Creates the local account in the popup and funds it from dev account #0. */
export async function createFundedAccount(page: Page, chain: Chain, password: string): Promise<Address> {
  await page.getByTestId("studio-password").fill(password)
  await page.getByTestId("studio-create-account").click()
  const address = (await page.getByTestId("studio-address").textContent({ timeout: 20_000 }))! as Address
  await rpc(chain.rpcUrl, "eth_sendTransaction", [{ from: DEV_ACCOUNTS[0].address, to: address, value: "0xDE0B6B3A7640000" }])
  return address
}

/**
 * Picks the pixel architecture (mamori-art-v1), types a prompt, clicks Generate and returns the preview's
 * palette indices (hex digits) and time.
 */
export async function generate(page: Page, prompt: string): Promise<{ pixels: string; ms: number }> {
  await page.getByTestId("studio-architecture").selectOption("art")
  await page.getByTestId("studio-prompt").fill(prompt)
  await page.getByTestId("studio-generate").click()
  const box = page.getByTestId("studio-preview-box")
  await box.waitFor({ timeout: 30_000 })
  await page.waitForFunction((p) => document.querySelector("[data-testid=studio-preview-box]") && (document.querySelector("textarea") as HTMLTextAreaElement).value === p, prompt)
  return { pixels: (await page.getByTestId("studio-preview").getAttribute("data-pixels"))!, ms: Number(await box.getAttribute("data-ms")) }
}

/**
 * With the scene architecture picked (and, when given, a custom model), types a prompt, clicks Generate and
 * returns the SVG the preview shows (drawn from the ONNX model's scene params) and the ONNX time.
 */
export async function generateScenePreview(page: Page, prompt: string, model = ""): Promise<{ svg: string; ms: number }> {
  await page.getByTestId("studio-architecture").selectOption("scene")
  if (model) await page.getByTestId("studio-model").selectOption(model)
  const before = await page
    .getByTestId("studio-preview")
    .getAttribute("data-svg", { timeout: 500 })
    .catch(() => null)
  await page.getByTestId("studio-prompt").fill(prompt)
  await page.getByTestId("studio-generate").click()
  await page.waitForFunction(
    (previous) => {
      const box = document.querySelector("[data-testid=studio-preview-box][data-architecture=scene]")
      const svg = box?.querySelector("[data-testid=studio-preview]")?.getAttribute("data-svg")
      const button = document.querySelector("[data-testid=studio-generate]")
      return Boolean(svg && svg !== previous && button?.textContent === "Generate")
    },
    before,
    { timeout: 30_000 }
  )
  const box = page.getByTestId("studio-preview-box")
  return { svg: (await page.getByTestId("studio-preview").getAttribute("data-svg"))!, ms: Number(await box.getAttribute("data-ms")) }
}

/** The token's metadata read in node: its on-chain image (an SVG for scene tokens), model and prompt. */
export async function onchainMetadata(stack: StudioStack, prompt: string): Promise<{ svg: string; model: string; prompt: string; modelCommitment: string }> {
  const uri = (await stack.client.readContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "tokenURI", args: [tokenIdOf(prompt)] })) as string
  const json = JSON.parse(Buffer.from(uri.replace("data:application/json;base64,", ""), "base64").toString("utf8"))
  if (!String(json.image).startsWith("data:image/svg+xml;base64,")) throw new Error(`the token's image is not an SVG data URI: ${String(json.image).slice(0, 40)}`)
  return {
    svg: Buffer.from(String(json.image).replace("data:image/svg+xml;base64,", ""), "base64").toString("utf8"),
    model: json.model,
    prompt: json.prompt,
    modelCommitment: json.model_commitment
  }
}

/** Reads a job straight from the extension's storage. */
export async function storedJob(browser: ExtensionBrowser, prompt: string): Promise<any> {
  const sw = await browser.serviceWorker()
  return sw.evaluate(
    async (p) => Object.entries(await chrome.storage.local.get(null)).find(([k, v]) => k.startsWith("studio.job.") && (v as { prompt: string }).prompt === p)?.[1],
    prompt
  )
}

/** All stored jobs. */
export async function storedJobs(browser: ExtensionBrowser): Promise<any[]> {
  const sw = await browser.serviceWorker()
  return sw.evaluate(async () =>
    Object.entries(await chrome.storage.local.get(null))
      .filter(([k]) => k.startsWith("studio.job."))
      .map(([, v]) => v)
  )
}

/** Polls storage until the job for `prompt` satisfies `test`. */
export async function waitForJob(stack: StudioStack, prompt: string, test: (job: any) => boolean, timeoutMs = 60_000): Promise<any> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    let job: any
    try {
      job = await storedJob(stack.browser, prompt)
    } catch {
      job = undefined // the service worker is restarting
    }
    if (job && test(job)) return job
    if (job?.status === "failed" && !test(job)) throw new Error(`job failed: ${job.error?.code} ${job.error?.message} [${job.error?.details ?? ""}]`)
    if (Date.now() > deadline) throw new Error(`timed out waiting for the job (last: ${job?.step}/${job?.status} ${job?.error?.message ?? ""})`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** The token's on-chain pixels, decoded from tokenURI in node, as hex digits. */
export async function onchainPixels(stack: StudioStack, prompt: string): Promise<string> {
  const uri = await stack.client.readContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "tokenURI", args: [tokenIdOf(prompt)] })
  return Array.from(decodeTokenUri(uri as string).pixels, (v) => v.toString(16)).join("")
}

/** Committed events from `account` (one per commit transaction that landed). */
export async function commitsBy(stack: StudioStack, account: Address): Promise<number> {
  const logs = await stack.client.getLogs({ address: stack.collection, fromBlock: 0n })
  return parseEventLogs({ abi: mamoriArtAbi, logs, eventName: "Committed" }).filter((l) => (l.args as { committer: Address }).committer.toLowerCase() === account.toLowerCase())
    .length
}

/** Stops the extension's service worker the way Chrome does when it is idle (CDP Target.closeTarget). */
export async function stopServiceWorker(browser: ExtensionBrowser, page: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(page)
  const { targetInfos } = (await cdp.send("Target.getTargets")) as { targetInfos: { targetId: string; type: string; url: string }[] }
  const sw = targetInfos.find((t) => t.type === "service_worker" && t.url.startsWith(`chrome-extension://${browser.extensionId}/`))
  if (!sw) throw new Error("no service worker target")
  await cdp.send("Target.closeTarget", { targetId: sw.targetId })
  await cdp.detach()
}

/** Copies the build once it is complete (manifest, service worker, popup, the Studio's runtime assets). */
async function copyCompleteBuild(to: string): Promise<void> {
  const complete = () => {
    try {
      const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, "manifest.json"), "utf8"))
      return [
        manifest.background.service_worker,
        manifest.action.default_popup,
        "tabs/offscreen.html",
        "zk/proverWorker.js",
        "ort/ortPreviewWorker.mjs",
        "assets/zk/art_final.zkey",
        "assets/zk/scene_final.zkey",
        "assets/art/scene.onnx"
      ].every((f) => existsSync(path.join(EXTENSION_DIR, f)))
    } catch {
      return false
    }
  }
  for (let i = 0; i < 240 && !complete(); i++) await new Promise((r) => setTimeout(r, 500))
  if (!complete()) throw new Error("no complete build at build/chrome-mv3-prod: run `npm run build`")
  cpSync(EXTENSION_DIR, to, { recursive: true })
}

/** How the review window names the Studio's own transactions (background/studio/chainEffects.ts). */
export const STUDIO_REVIEW_ORIGIN = "Mamori Studio (this extension)"

/**
 * A user who reads each of the Studio's own transactions (commit, reveal) in Mamori's review window and
 * clicks Continue (ticking the confirmation when the verdict asks for it): real clicks, as a person would.
 * Requests from web pages are left alone. Returns a function that stops it.
 */
export function continueStudioReviews(stack: StudioStack): { stop: () => void; answered: () => number } {
  let stopped = false
  let answered = 0
  void (async () => {
    while (!stopped) {
      try {
        // Every open review window: one kept from before a service-worker restart may be empty while a new
        // one holds the request.
        for (const win of stack.browser.context.pages().filter((p) => !p.isClosed() && p.url().includes("/tabs/review.html"))) {
          const ready = await win
            .evaluate((origin) => {
              const item = document.querySelector("[data-item]")
              const verdict = item?.querySelector("[data-verdict]")?.getAttribute("data-verdict")
              return Boolean(item?.textContent?.includes(origin) && verdict && verdict !== "checking")
            }, STUDIO_REVIEW_ORIGIN)
            .catch(() => false)
          if (!ready) continue
          const box = win.getByTestId("confirm-danger")
          if (await box.count()) await box.check()
          await win.getByTestId("continue").click()
          answered++
        }
      } catch {
        // the window closed under the click, or the browser is restarting: look again
      }
      await new Promise((r) => setTimeout(r, 250))
    }
  })()
  return { stop: () => void (stopped = true), answered: () => answered }
}
