import { useCallback, useEffect, useMemo, useRef, useState } from "react"

import { askBackground } from "~lib/askBackground"
import { createLlmClient } from "~lib/llmClient"
import type { TrackedJob } from "~src/llm/trackedJob"
import { toUiError, type LlmUiError } from "~src/llm/uiError"
import type { CustomModelsResponse, MessageName, MessageRequest, MessageResponse } from "~src/messaging/protocol"
import { unwrap } from "~src/messaging/result"
import { describeLlmStatus, type LlmStatusText } from "~src/llm/describeLlmStatus"
import type { LlmProgress } from "~src/llm/engine"
import { LlmError, type LlmErrorCode } from "~src/llm/errors"
import type { LlmHostStatus } from "~src/llm/port/protocol"
import { pickLlmEngine, type EngineChoice, type PickLlmEngineReturnType } from "~src/llm/pickLlmEngine"
import { assessWebGpu } from "~src/llm/webgpu/assessWebGpu"
import { buildCatalogue } from "~src/models/catalogue"
import type { CustomModelEntry, CustomModelInput } from "~src/models/customModelTypes"
import { describeModels, type ModelRow } from "~src/models/describeModels"

/** A download or load in progress for one model row; `background` when another page (a closed popup) started it. */
export type RowJob = { kind: "download" | "load"; progress?: LlmProgress; controller: AbortController; startedAt: number; background?: boolean }

export type ModelManager = {
  ready: boolean
  gpu?: LlmGpuResponse
  /** Which engine runs here and what it would pick (`gpuAssessment` is the GPU check alone). */
  assessment?: PickLlmEngineReturnType
  status?: LlmStatusText
  host?: LlmHostStatus
  rows: ModelRow[]
  entries: CustomModelEntry[]
  jobs: Record<string, RowJob>
  errors: Record<string, LlmUiError | undefined>
  /** A line per row after a finished action ("Downloaded 1.0 MB in 0.4 s."). */
  notes: Record<string, string | undefined>
  /** The last failure of the page itself (the worker unreachable…). */
  pageError?: LlmUiError
  client: ReturnType<typeof createLlmClient>
  refresh(): Promise<void>
  download(id: string): Promise<void>
  load(id: string): Promise<void>
  cancel(id: string): void
  remove(id: string): Promise<void>
  unload(): Promise<void>
  addCustom(input: CustomModelInput): Promise<CustomModelsResponse>
  removeCustom(id: string): Promise<void>
  setAllowFallback(allow: boolean): Promise<void>
  setEngineChoice(choice: EngineChoice): Promise<void>
}

type LlmGpuResponse = MessageResponse<"llm-gpu">

/** The hook's actions report failures by throwing (they show them with `toUiError`). */
const ask = async <N extends MessageName>(name: N, body: MessageRequest<N>): Promise<MessageResponse<N>> => unwrap(await askBackground(name, body))

/**
 * The model manager's state and actions, shared by the popup's Models tab and the options page. The
 * work runs in the service worker (through the `mamori-llm` port and the llm-* messages), so a download
 * carries on when the popup closes; this hook only shows it.
 */
export function useModelManager(): ModelManager {
  const client = useMemo(() => createLlmClient(), [])
  const [ready, setReady] = useState(false)
  const [gpu, setGpu] = useState<LlmGpuResponse>()
  const [entries, setEntries] = useState<CustomModelEntry[]>([])
  const [cached, setCached] = useState<string[]>([])
  const [host, setHost] = useState<LlmHostStatus>()
  const [jobs, setJobs] = useState<Record<string, RowJob>>({})
  const [errors, setErrors] = useState<Record<string, LlmUiError | undefined>>({})
  const [notes, setNotes] = useState<Record<string, string | undefined>>({})
  const [pageError, setPageError] = useState<LlmUiError>()
  const [lastLoadError, setLastLoadError] = useState<LlmUiError>()
  const entriesRef = useRef(entries)
  entriesRef.current = entries
  // Jobs the worker runs for a page that has gone (the popup was closed mid-download): shown by polling.
  const [background, setBackground] = useState<Record<string, RowJob>>({})
  const localIds = useRef(new Set<string>())
  const backgroundControllers = useRef(new Map<string, AbortController>())

  const refreshCache = useCallback(
    async (list: CustomModelEntry[] = entriesRef.current) => {
      const ids = buildCatalogue(list).map((m) => m.id)
      setCached(await client.cachedModels(ids))
      setHost(await client.refresh())
    },
    [client]
  )

  const refresh = useCallback(async () => {
    try {
      const [g, list] = await Promise.all([ask("llm-gpu", {}), ask("llm-custom-models", { action: "list" })])
      setGpu(g)
      setEntries(list.entries)
      await refreshCache(list.entries)
      setPageError(undefined)
    } catch (error) {
      setPageError(toUiError(error))
    } finally {
      setReady(true)
    }
  }, [refreshCache])

  useEffect(() => {
    void refresh()
  }, [refresh])

  const pollBackground = useCallback(async () => {
    let list: TrackedJob[]
    try {
      list = await ask("llm-jobs", {})
    } catch {
      return
    }
    const next: Record<string, RowJob> = {}
    for (const job of list) {
      if (localIds.current.has(job.modelId)) continue
      let controller = backgroundControllers.current.get(job.modelId)
      if (!controller) {
        controller = new AbortController()
        const id = job.modelId
        controller.signal.addEventListener("abort", () => void ask("llm-jobs", { cancel: id }).catch(() => undefined))
        backgroundControllers.current.set(id, controller)
      }
      next[job.modelId] = { kind: job.kind, progress: job.progress, controller, startedAt: job.startedAt, background: true }
    }
    setBackground((previous) => {
      const ended = Object.keys(previous).filter((id) => !next[id])
      if (ended.length) {
        for (const id of ended) backgroundControllers.current.delete(id)
        // Something finished (or was cancelled) in the worker: show the cache as it is now.
        setTimeout(() => void refreshCache().catch(() => undefined), 0)
      }
      return next
    })
  }, [refreshCache])

  useEffect(() => {
    void pollBackground()
  }, [pollBackground])
  useEffect(() => {
    if (!Object.keys(background).length) return
    const timer = setTimeout(() => void pollBackground(), 300)
    return () => clearTimeout(timer)
  }, [background, pollBackground])

  const catalogue = useMemo(() => buildCatalogue(entries), [entries])
  const assessment = useMemo(() => {
    if (!gpu) return undefined
    const gpuFit = assessWebGpu(
      gpu.gpu,
      catalogue.filter((m) => m.engine === "webgpu"),
      { allowFallbackAdapter: gpu.allowFallbackAdapter }
    )
    return pickLlmEngine({ gpu: gpuFit, catalogue, choice: gpu.engine, wasm: typeof WebAssembly === "object" })
  }, [gpu, catalogue])
  const rows = useMemo(() => (assessment ? describeModels({ catalogue, assessment, cachedIds: cached, loadedId: host?.loadedModelId }) : []), [assessment, catalogue, cached, host])
  const status = useMemo(
    () =>
      assessment
        ? describeLlmStatus({
            assessment,
            catalogue,
            loadedModelId: host?.loadedModelId,
            cachedIds: cached,
            lastError: lastLoadError ? new LlmError(lastLoadError.message, lastLoadError.code as LlmErrorCode) : undefined
          })
        : undefined,
    [assessment, catalogue, host, cached, lastLoadError]
  )

  const setJob = (id: string, job: RowJob | undefined) =>
    setJobs((all) => {
      const next = { ...all }
      if (job) next[id] = job
      else delete next[id]
      return next
    })
  const setRowError = (id: string, error: LlmUiError | undefined) => setErrors((all) => ({ ...all, [id]: error }))
  const setNote = (id: string, note: string | undefined) => setNotes((all) => ({ ...all, [id]: note }))

  const runJob = async (id: string, kind: RowJob["kind"], work: (job: RowJob) => Promise<string>) => {
    const job: RowJob = { kind, controller: new AbortController(), startedAt: Date.now() }
    localIds.current.add(id)
    setJob(id, job)
    setRowError(id, undefined)
    setNote(id, undefined)
    try {
      setNote(id, await work(job))
    } catch (error) {
      const e = toUiError(error)
      setRowError(id, e.code === "llm/aborted" ? { ...e, message: kind === "download" ? "Download cancelled." : "Loading cancelled." } : e)
      if (kind === "load" && e.code !== "llm/aborted") setLastLoadError(e)
    } finally {
      localIds.current.delete(id)
      setJob(id, undefined)
      await refreshCache().catch((error) => setPageError(toUiError(error)))
    }
  }
  const onProgress = (id: string, job: RowJob) => (progress: LlmProgress) => setJob(id, { ...job, progress })

  return {
    ready,
    gpu,
    assessment,
    status,
    host,
    rows,
    entries,
    jobs: { ...background, ...jobs },
    errors,
    notes,
    pageError,
    client,
    refresh,
    download: (id) =>
      runJob(id, "download", async (job) => {
        const summary = (await client.download(id, { onProgress: onProgress(id, job), signal: job.controller.signal })) as { bytesFetched?: number } | undefined
        const seconds = (Date.now() - job.startedAt) / 1000
        const mb = (summary?.bytesFetched ?? 0) / 2 ** 20
        return `Downloaded ${mb.toFixed(2)} MB in ${seconds.toFixed(1)} s; cached.`
      }),
    load: (id) =>
      runJob(id, "load", async (job) => {
        await client.load(id, { onProgress: onProgress(id, job), signal: job.controller.signal })
        setLastLoadError(undefined)
        // Say where it runs: "web-llm" on the GPU, or "CPU, 2 threads" / "CPU, 1 thread (not isolated)" on the CPU.
        const kind = (await client.refresh()).engineKind
        return kind.startsWith("CPU") ? `Loaded on the ${kind}.` : "Loaded onto the GPU."
      }),
    cancel: (id) => {
      const job = jobs[id] ?? background[id]
      job?.controller.abort()
      if (job?.background) setRowError(id, { code: "llm/aborted", message: job.kind === "download" ? "Download cancelled." : "Loading cancelled." })
    },
    remove: async (id) => {
      try {
        await client.deleteModel(id)
        setRowError(id, undefined)
        setNote(id, "Deleted from the cache.")
      } catch (error) {
        setRowError(id, toUiError(error))
      }
      await refreshCache().catch(() => undefined)
    },
    unload: async () => {
      await client.unload().catch((error) => setPageError(toUiError(error)))
      await refreshCache().catch(() => undefined)
    },
    addCustom: async (input) => {
      const reply = await ask("llm-custom-models", { action: "add", input })
      setEntries(reply.entries)
      if (!reply.error) await refreshCache(reply.entries).catch(() => undefined)
      return reply
    },
    removeCustom: async (id) => {
      const reply = await ask("llm-custom-models", { action: "remove", id })
      setEntries(reply.entries)
      await refreshCache(reply.entries).catch(() => undefined)
    },
    setAllowFallback: async (allow) => {
      await ask("llm-settings", { patch: { allowFallbackAdapter: allow } })
      await refresh()
    },
    setEngineChoice: async (choice) => {
      await ask("llm-settings", { patch: { engine: choice } })
      // Templates only: no model may keep writing explanations.
      if (choice === "templates") await client.unload().catch(() => undefined)
      await refresh()
    }
  }
}
