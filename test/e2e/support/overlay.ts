/**
 * Reading and answering Mamori's in-page review as a user would. The overlay lives in a closed shadow root
 * (the page cannot read or restyle it), so tests read it through the DevTools protocol, which pierces
 * shadow roots, and answer it with real keyboard input.
 */
import type { Frame, Page } from "playwright-core"

type CdpNode = { nodeId: number; backendNodeId: number; nodeName: string; children?: CdpNode[]; shadowRoots?: CdpNode[]; contentDocument?: CdpNode; attributes?: string[] }

/** The overlay's state attribute on its host element ("checking", "danger", "warning", "safe", "unknown", "error"), or null. */
export async function overlayState(frame: Page | Frame): Promise<string | null> {
  return frame.evaluate(() => document.querySelector("mamori-shield")?.getAttribute("data-state") ?? null)
}

/** Waits until an overlay shows a verdict (not "checking") and returns it. */
export async function waitForVerdict(frame: Page | Frame, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const state = await overlayState(frame)
    if (state && state !== "checking") return state
    if (Date.now() > deadline) throw new Error(`no verdict on screen within ${timeoutMs} ms (state: ${state})`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** The text of every Mamori overlay on the page (all frames), through the closed shadow roots. */
export async function overlayText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: CdpNode }
    const hosts: CdpNode[] = []
    const walk = (n: CdpNode) => {
      if (n.nodeName === "MAMORI-SHIELD") hosts.push(n)
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) walk(c)
    }
    walk(root)
    const texts: string[] = []
    for (const host of hosts)
      for (const shadow of host.shadowRoots ?? []) {
        for (const child of shadow.children ?? []) {
          if (child.nodeName === "STYLE") continue
          const { outerHTML } = (await cdp.send("DOM.getOuterHTML", { backendNodeId: child.backendNodeId })) as { outerHTML: string }
          texts.push(outerHTML.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/\s+/g, " "))
        }
      }
    return texts.join("\n")
  } finally {
    await cdp.detach().catch(() => {})
  }
}

/** Reject: the default focus, so Enter rejects; Esc does too. */
export async function pressReject(page: Page, key: "Enter" | "Escape" = "Enter"): Promise<void> {
  await page.keyboard.press(key)
}

/** Continue: one Shift+Tab from Reject; on a danger verdict, tick the confirmation first. */
export async function pressContinue(page: Page, danger = false): Promise<void> {
  if (danger) {
    await page.keyboard.press("Shift+Tab") // Continue is disabled, so focus goes to the confirmation box
    await page.keyboard.press("Space")
    await page.keyboard.press("Tab")
  } else {
    await page.keyboard.press("Shift+Tab")
  }
  await page.keyboard.press("Enter")
}
