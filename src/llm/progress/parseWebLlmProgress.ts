import { progressEvent, type LlmProgress } from "../engine"

/** web-llm's `InitProgressReport`, declared structurally so the core does not import web-llm. */
export type WebLlmInitReport = { progress: number; timeElapsed: number; text: string }

const MB = 2 ** 20

/**
 * Turns a web-llm init report into Mamori's progress event. web-llm reports one fraction and an English
 * line; the phase and counts are read from that line's known shapes (web-llm 0.2.86):
 * "Fetching param cache[i/n]: X MB fetched. P% completed…", "Loading model from cache[i/n]: …",
 * "Loading GPU shader modules[i/n]: …", "Start to fetch params", "Finish loading on WebGPU - …".
 */
export function parseWebLlmProgress(report: WebLlmInitReport): LlmProgress {
  const text = String(report.text ?? "")
  const fraction = Number.isFinite(report.progress) ? Math.min(1, Math.max(0, report.progress)) : 0
  const counts = /\[(\d+)\/(\d+)\]/.exec(text)
  if (/^Finish loading/i.test(text)) return progressEvent("ready", 1, 1, "The model is ready.")
  if (/^Start to fetch params/i.test(text)) return progressEvent("download", 0, 0, "Starting to fetch the weights…")
  if (/^Fetching param cache/i.test(text)) {
    const mb = Number(/(\d+)\s*MB fetched/i.exec(text)?.[1] ?? 0)
    const loaded = mb * MB
    const total = fraction > 0 ? Math.round(loaded / fraction) : 0
    const event = progressEvent("download", loaded, total, `Downloading weights: ${mb} MB (${Math.floor(fraction * 100)}%)`)
    return { ...event, fraction }
  }
  if (counts) {
    const [done, all] = [Number(counts[1]), Number(counts[2])]
    const what = /shader/i.test(text) ? "Preparing GPU shaders" : "Loading weights onto the GPU"
    return progressEvent("load-gpu", done, all, `${what}: ${done} of ${all}`)
  }
  return { ...progressEvent("load-gpu", 0, 0, text.slice(0, 200)), fraction }
}
