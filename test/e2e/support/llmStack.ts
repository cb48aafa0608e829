/** The stack the LLM end-to-end tests share: devnet, demo dapp, Chromium with a private copy of the build and WebGPU on. */
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import type { Page } from "playwright-core"

import { EXTENSION_DIR } from "../../../scripts/lib/browser"
import { type Stack, startStack } from "./stack"

/** The stack, and where its copy of the extension is (a second browser may load it too). */
export type LlmStack = Stack & { extensionDir: string }

/**
 * Starts the stack on a private copy of build/chrome-mv3-prod (other engineers rebuild build/ while a test
 * runs; a build being written is waited for). `headless: false` lets Chromium use a real GPU.
 */
export async function startLlmStack({ headless = true }: { headless?: boolean } = {}): Promise<LlmStack> {
  for (let i = 0; i < 120 && !existsSync(path.join(EXTENSION_DIR, "manifest.json")); i++) await new Promise((r) => setTimeout(r, 500))
  const extensionDir = path.join(mkdtempSync(path.join(tmpdir(), "mamori-llm-ext-")), "ext")
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true })
  const stack = await startStack({ webgpu: true, headless, extensionDir })
  return {
    ...stack,
    extensionDir,
    stop: async () => {
      await stack.stop()
      rmSync(path.dirname(extensionDir), { recursive: true, force: true })
    }
  }
}

export type PortRun = { end: string; error?: { code: string; shortMessage: string }; status?: { loadedModelId?: string; engineKind: string }; deltas: string[]; times: number[] }

/** Talks to the worker's LLM port from an extension page, exactly as the overlay's client does. */
export async function portRequest(page: Page, body: Record<string, unknown>, abortAfter?: number): Promise<PortRun> {
  return page.evaluate(
    ({ body, abortAfter }) =>
      new Promise<PortRun>((resolve) => {
        const port = chrome.runtime.connect({ name: "mamori-llm" })
        const deltas: string[] = []
        const times: number[] = []
        const t0 = performance.now()
        port.onMessage.addListener((m: any) => {
          if (m.id !== "r1") return
          if (m.kind === "delta") {
            deltas.push(m.text)
            times.push(performance.now() - t0)
            if (abortAfter && deltas.length === abortAfter) port.postMessage({ kind: "abort", id: "a1", target: "r1" })
          } else if (m.kind === "done" || m.kind === "error") {
            resolve({ end: m.kind, error: m.error, status: m.status, deltas, times })
            port.disconnect()
          }
        })
        port.postMessage({ ...body, id: "r1" })
      }),
    { body, abortAfter }
  )
}
