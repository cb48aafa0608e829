/**
 * Launches Debian's Chromium with the built extension loaded (playwright-core; no browser downloads).
 * Shared by `npm start` and the end-to-end tests.
 */
import { mkdtempSync, rmSync, existsSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { chromium, type BrowserContext, type Worker } from "playwright-core"

import { ROOT } from "./chain"

export const EXTENSION_DIR = path.join(ROOT, "build", "chrome-mv3-prod")
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

export type ExtensionBrowser = {
  context: BrowserContext
  extensionId: string
  serviceWorker: () => Promise<Worker>
  userDataDir: string
  close: () => Promise<void>
}

export async function launchWithExtension(
  options: { headless?: boolean; userDataDir?: string; webgpu?: boolean; extensionDir?: string; extraExtensions?: string[] } = {}
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR
  if (!existsSync(path.join(extensionDir, "manifest.json"))) throw new Error(`no built extension at ${extensionDir}: run \`npm run build\``)
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install chromium)`)
  const ownDir = !options.userDataDir
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), "mamori-chromium-"))
  const args = [
    `--disable-extensions-except=${[extensionDir, ...(options.extraExtensions ?? [])].join(",")}`,
    `--load-extension=${[extensionDir, ...(options.extraExtensions ?? [])].join(",")}`,
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic"
  ]
  if (options.webgpu) args.push("--enable-unsafe-webgpu")
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args,
    viewport: { width: 1200, height: 800 }
  })
  const serviceWorker = async () => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith("chrome-extension://"))
    return live ?? (await context.waitForEvent("serviceworker", { timeout: 30_000 }))
  }
  const sw = await serviceWorker()
  const extensionId = new URL(sw.url()).host
  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    close: async () => {
      await context.close().catch(() => {})
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true })
    }
  }
}

/**
 * Waits until the MAIN-world scripts are in place: the guard is declared in the manifest (nothing to wait for);
 * scripts Plasmo registers at run time (Mamori's wallet provider, an older build's guard) need the service
 * worker: waited for, up to a few seconds when the guard is declared (a build may register none).
 */
export async function waitForGuardRegistration(browser: ExtensionBrowser, timeoutMs = 15_000): Promise<void> {
  const started = Date.now()
  for (;;) {
    const sw = await browser.serviceWorker()
    const { declared, registered } = await sw.evaluate(async () => ({
      declared: (chrome.runtime.getManifest().content_scripts ?? []).some((c) => (c as { world?: string }).world === "MAIN"),
      registered: (await chrome.scripting.getRegisteredContentScripts()).length > 0
    }))
    if (registered || (declared && Date.now() - started > 3_000)) return
    if (Date.now() - started > timeoutMs) throw new Error("the guard was not registered by the service worker")
    await new Promise((r) => setTimeout(r, 100))
  }
}
