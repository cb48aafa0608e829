import type { EngineChoice } from "~src/llm/pickLlmEngine"

import type { ModelManager } from "./useModelManager"

/** The WebGPU check in plain words: which adapter, shader-f16, limits, and whether the local model is on and why. */
export function GpuCheck({ m }: { m: ModelManager }) {
  const { gpu, assessment, status } = m
  if (!gpu || !assessment || !status) return <p data-testid="gpu-check">Checking WebGPU…</p>
  const g = gpu.gpu
  const adapter = !g.available ? "none" : `${[g.info?.vendor, g.info?.architecture].filter(Boolean).join(" ") || "unnamed adapter"}${g.isFallbackAdapter ? " (software)" : ""}`
  const mb = (n?: number) => (n === undefined ? "?" : `${Math.floor(n / 2 ** 20)} MB`)
  return (
    <section className="mm-gpu" data-testid="gpu-check" data-gpu={assessment.gpu} data-usable={String(assessment.gpuAssessment.usable)} data-engine={assessment.engine}>
      <p className={`mm-status ${status.on ? "on" : "off"}`} data-testid="llm-status">
        <strong>{status.headline}</strong> {status.detail}
      </p>
      {/* The status already quotes the reason when the model is off for lack of a GPU: do not say it twice. */}
      {!status.detail.includes(assessment.reason) && <p data-testid="gpu-reason">{assessment.reason}</p>}
      <label className="mm-engine">
        Engine{" "}
        <select data-testid="engine-choice" value={gpu.engine} onChange={(e) => void m.setEngineChoice(e.currentTarget.value as EngineChoice)}>
          <option value="auto">Automatic (now: {assessment.engine === "webgpu" ? "GPU" : assessment.engine === "cpu" ? "CPU" : "templates"})</option>
          <option value="webgpu">GPU (WebGPU, web-llm)</option>
          <option value="cpu">CPU (llama.cpp in WebAssembly)</option>
          <option value="templates">Templates only</option>
        </select>
      </label>
      <dl className="mm-facts">
        <dt>Adapter</dt>
        <dd data-testid="gpu-adapter">{adapter}</dd>
        <dt>shader-f16</dt>
        <dd>{g.available ? (g.features.includes("shader-f16") ? "yes" : "no") : "—"}</dd>
        <dt>Limits</dt>
        <dd>
          {g.available
            ? `buffer ${mb(g.limits.maxBufferSize)}, storage binding ${mb(g.limits.maxStorageBufferBindingSize)}, workgroup ${Math.floor((g.limits.maxComputeWorkgroupStorageSize ?? 0) / 1024)} KB`
            : "—"}
        </dd>
      </dl>
      {g.isFallbackAdapter && (
        <label className="mm-dev">
          <input type="checkbox" data-testid="allow-fallback" checked={gpu.allowFallbackAdapter} onChange={(e) => void m.setAllowFallback(e.currentTarget.checked)} /> Developer:
          run models on this software adapter anyway (minutes per sentence; for tests)
        </label>
      )}
    </section>
  )
}
