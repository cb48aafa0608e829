/** Driving Mamori's model manager (popup "Models" tab) as a user would, for the LLM end-to-end test. */
import type { Page } from "playwright-core"

import type { ExtensionBrowser } from "../../../scripts/lib/browser"

/** Opens the popup page in a tab, switches to Models and waits until the manager has asked the worker. */
export async function openModels(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage()
  await page.setViewportSize({ width: 420, height: 1400 })
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`)
  await page.getByTestId("tab-models").click()
  await page.locator('[data-testid=models][data-ready="true"]').waitFor({ timeout: 20_000 })
  await page.getByTestId("gpu-check").and(page.locator("[data-gpu]")).waitFor()
  return page
}

export type CustomInput = { id: string; modelUrl: string; modelLibUrl?: string; contextWindow: string; engine?: "webgpu" | "cpu" }

/** Fills the custom-model form and submits it; returns the error shown ({ code, text }) or the checks listed. */
export async function addCustomModel(page: Page, input: CustomInput): Promise<{ ok: true; checks: string } | { ok: false; code: string; text: string }> {
  await page.getByTestId("custom-engine").selectOption(input.engine ?? "webgpu")
  await page.getByTestId("custom-id").fill(input.id)
  await page.getByTestId("custom-model-url").fill(input.modelUrl)
  if (input.engine !== "cpu") await page.getByTestId("custom-lib-url").fill(input.modelLibUrl ?? "")
  await page.getByTestId("custom-context").fill(input.contextWindow)
  // Wait for this submission's answer, not the previous one still on screen.
  const before = Number(await page.getByTestId("custom-form").getAttribute("data-answered"))
  await page.getByTestId("custom-add").click()
  await page.locator(`[data-testid=custom-form][data-answered="${before + 1}"]`).waitFor({ timeout: 30_000 })
  const ok = page.getByTestId("custom-ok")
  const error = page.getByTestId("custom-error")
  if (await ok.isVisible()) return { ok: true, checks: await ok.innerText() }
  return { ok: false, code: (await error.getAttribute("data-code")) ?? "", text: await error.innerText() }
}

/** Records every value the row's progress bar takes (MutationObserver in the page), with timestamps. */
export async function watchProgress(page: Page, id: string): Promise<void> {
  await page.evaluate((rowId) => {
    const seen: { t: number; f: number; text: string }[] = []
    ;(window as any).__progress = seen
    const start = performance.now()
    ;(window as any).__progressStart = start
    const read = () => {
      const bar = document.querySelector(`[data-testid="progress-${rowId}"]`)
      const text = document.querySelector(`[data-testid="progress-text-${rowId}"]`)?.textContent ?? ""
      if (bar) {
        const f = Number(bar.getAttribute("data-fraction"))
        if (!seen.length || seen[seen.length - 1]!.f !== f || seen[seen.length - 1]!.text !== text) seen.push({ t: performance.now() - start, f, text })
      }
    }
    new MutationObserver(read).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  }, id)
}

export async function progressSeen(page: Page): Promise<{ t: number; f: number; text: string }[]> {
  return page.evaluate(() => (window as any).__progress ?? [])
}
