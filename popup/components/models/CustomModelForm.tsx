import { useState } from "react"

import type { LlmUiError } from "~src/llm/uiError"

import type { ModelEngine } from "~src/models/customModelTypes"

import type { ModelManager } from "./useModelManager"

/**
 * Developers add a model: for WebGPU an MLC directory (model URL, model library URL), for the CPU one GGUF
 * file (its URL); id and context window for both. Validated in the worker before it is saved.
 */
export function CustomModelForm({ m }: { m: ModelManager }) {
  const [engine, setEngine] = useState<ModelEngine>("webgpu")
  const [id, setId] = useState("")
  const [modelUrl, setModelUrl] = useState("")
  const [modelLibUrl, setModelLibUrl] = useState("")
  const [contextWindow, setContextWindow] = useState("4096")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<LlmUiError>()
  const [checks, setChecks] = useState<string[]>()
  /** Finished submissions, so a reader (or a test) can tell a fresh answer from the previous one. */
  const [answered, setAnswered] = useState(0)

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(undefined)
    setChecks(undefined)
    try {
      const cw = contextWindow.trim() === "" ? Number.NaN : Number(contextWindow)
      const reply = await m.addCustom({ engine, id: id.trim(), modelUrl: modelUrl.trim(), modelLibUrl: modelLibUrl.trim(), contextWindow: cw })
      if (reply.error) setError(reply.error)
      else {
        setChecks(reply.checks ?? [])
        setId("")
      }
    } catch (err) {
      setError({ code: "llm/engine-failed", message: `Mamori's service worker did not answer (${(err as Error)?.message ?? err}).` })
    } finally {
      setBusy(false)
      setAnswered((n) => n + 1)
    }
  }

  return (
    <form className="mm-form" data-testid="custom-form" data-answered={answered} onSubmit={(e) => void submit(e)}>
      <h3>Add a custom model (developers)</h3>
      <label>
        Engine{" "}
        <select data-testid="custom-engine" value={engine} onChange={(e) => setEngine(e.currentTarget.value as ModelEngine)}>
          <option value="webgpu">WebGPU (MLC model + library)</option>
          <option value="cpu">CPU (one GGUF file)</option>
        </select>
      </label>
      <label>
        Id <input data-testid="custom-id" value={id} onChange={(e) => setId(e.currentTarget.value)} placeholder="my-model-q4f32_1-MLC" />
      </label>
      <label>
        {engine === "cpu" ? "GGUF URL" : "Model URL"}{" "}
        <input
          data-testid="custom-model-url"
          value={modelUrl}
          onChange={(e) => setModelUrl(e.currentTarget.value)}
          placeholder={engine === "cpu" ? "https://…/model-q8_0.gguf" : "https://…/my-model"}
        />
      </label>
      {engine === "webgpu" && (
        <label>
          Model library URL (.wasm){" "}
          <input data-testid="custom-lib-url" value={modelLibUrl} onChange={(e) => setModelLibUrl(e.currentTarget.value)} placeholder="https://…/my-model.wasm" />
        </label>
      )}
      <label>
        Context window (tokens) <input data-testid="custom-context" value={contextWindow} inputMode="numeric" onChange={(e) => setContextWindow(e.currentTarget.value)} />
      </label>
      <button type="submit" data-testid="custom-add" disabled={busy}>
        {busy ? "Checking the files…" : "Validate and add"}
      </button>
      {error && (
        <p className="mm-error" role="alert" data-testid="custom-error" data-code={error.code}>
          {error.message}
          {error.details ? <small> {error.details}</small> : null}
        </p>
      )}
      {checks && (
        <ul className="mm-checks" data-testid="custom-ok">
          {checks.map((c) => (
            <li key={c}>✓ {c}</li>
          ))}
        </ul>
      )}
    </form>
  )
}
