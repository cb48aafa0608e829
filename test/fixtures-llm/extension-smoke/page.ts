/** Extension page of the smoke extension: the popup's side, driving the hosts through ports. */
import type { LlmProgress } from "../../../src/llm/engine"
import { collectText, explainAudit } from "../../../src/llm/explain/explainAudit"
import { HOSTILE_DANGER_RESULT } from "../../../src/llm/prompt/hostileInputs.test-data"
import { PortLlmClient } from "../../../src/llm/port/PortLlmClient"
import type { PortLike } from "../../../src/llm/port/protocol"
import { CustomModelStore } from "../../../src/models/customModelStore"
import type { CustomModelInput } from "../../../src/models/customModelTypes"
import { validateCustomModel } from "../../../src/models/validateCustomModel"
import { createLlmClient } from "../../../lib/llmClient"
import { chromeStorageKv } from "./chromeStorageKv"

const llm = createLlmClient()
const double = new PortLlmClient(() => chrome.runtime.connect({ name: "mamori-llm-double" }) as unknown as PortLike)
const store = new CustomModelStore(chromeStorageKv)

const errorOf = (e: unknown) => ({
  code: (e as { code?: string }).code ?? "none",
  message: (e as { shortMessage?: string; message?: string }).shortMessage ?? String((e as Error).message)
})

Object.assign(globalThis, {
  smoke: {
    async addCustom(input: CustomModelInput) {
      try {
        const entry = await validateCustomModel(input, { fetch: (u, i) => fetch(u, i), reservedIds: (await store.list()).map((e) => e.record.model_id) })
        await store.add(entry)
        return { ok: true, checks: entry.checks }
      } catch (e) {
        return { ok: false, ...errorOf(e) }
      }
    },
    async load(id: string) {
      const phases: Record<string, number> = {}
      let last: LlmProgress | undefined
      try {
        await llm.load(id, { onProgress: (p) => ((phases[p.phase] = (phases[p.phase] ?? 0) + 1), (last = p)) })
        return { ok: true, phases, last }
      } catch (e) {
        return { ok: false, phases, last, ...errorOf(e) }
      }
    },
    async manage(id: string) {
      // delete, check, download again with progress, check: all through the port, done by the worker
      await llm.deleteModel(id)
      const afterDelete = await llm.cachedModels([id])
      let events = 0
      const summary = await llm.download(id, { onProgress: (p) => void (p.phase === "download" && events++) })
      const afterDownload = await llm.cachedModels([id])
      return { afterDelete, afterDownload, events, summary }
    },
    async status() {
      return llm.refresh()
    },
    async explainWithReal() {
      await llm.refresh()
      const stream = explainAudit(HOSTILE_DANGER_RESULT, { engine: llm })
      const text = await collectText(stream)
      return { source: stream.source, reason: stream.fallbackReason, verdict: stream.verdict, text }
    },
    async doubleLoad(id: string) {
      await double.load(id)
      return double.refresh()
    },
    async doubleExplain() {
      await double.refresh()
      const stream = explainAudit(HOSTILE_DANGER_RESULT, { engine: double })
      const text = await collectText(stream)
      return { source: stream.source, verdict: stream.verdict, text }
    },
    async doubleStatus() {
      return double.refresh().catch((e) => errorOf(e))
    },
    async doubleLongExplain() {
      // a long generation, interrupted when the worker stops
      try {
        let text = ""
        for await (const t of double.complete([{ role: "user", content: "long" }])) text += t
        return { ok: true, text }
      } catch (e) {
        return { ok: false, ...errorOf(e) }
      }
    }
  }
})
