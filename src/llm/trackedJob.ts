import type { LlmProgress } from "./engine"

/** A download or load running in the worker, as a reopened popup sees it. */
export type TrackedJob = { modelId: string; kind: "download" | "load"; progress?: LlmProgress; startedAt: number }
