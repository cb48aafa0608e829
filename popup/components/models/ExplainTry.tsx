import { useRef, useState } from "react"

import { explainAudit } from "~src/llm/explain/explainAudit"

import { SAMPLE_AUDIT } from "./sampleAudit"
import type { ModelManager } from "./useModelManager"

/** Streams an explanation of a fixed sample request, from the loaded model or the templates, and says which wrote it. */
export function ExplainTry({ m }: { m: ModelManager }) {
  const [text, setText] = useState("")
  const [source, setSource] = useState<string>()
  const [running, setRunning] = useState(false)
  const stop = useRef<AbortController>()

  const run = async () => {
    stop.current = new AbortController()
    setRunning(true)
    setText("")
    setSource(undefined)
    try {
      await m.client.refresh().catch(() => undefined)
      // onDiscard: the model's text named a value the sample does not contain; it is replaced by the template.
      const stream = explainAudit(SAMPLE_AUDIT, { engine: m.client, signal: stop.current.signal, timeoutMs: 60_000, onDiscard: () => setText("") })
      for await (const t of stream) setText((s) => s + t)
      setSource(
        stream.source === "llm"
          ? `Written by the local model (${m.client.loadedModelId()}). The verdict "${stream.verdict}" comes from Mamori's rules.`
          : `Written from Mamori's templates (${stream.fallbackReason === "not-loaded" ? "no model loaded" : (stream.fallbackReason ?? "local model off")}). The verdict "${stream.verdict}" comes from Mamori's rules.`
      )
    } catch (error) {
      setSource(`Stopped: ${(error as Error)?.message?.split("\n")[0] ?? error}`)
    } finally {
      setRunning(false)
    }
  }

  return (
    <section className="mm-try" data-testid="explain-try">
      <h3>Try an explanation</h3>
      <p className="mm-small">A sample request: an unlimited USDC approval to an unknown address (verdict: danger).</p>
      <button data-testid="explain-run" disabled={running} onClick={() => void run()}>
        Explain the sample
      </button>
      {running && (
        <button data-testid="explain-stop" onClick={() => stop.current?.abort()}>
          Stop
        </button>
      )}
      {text && (
        <pre className="mm-explanation" data-testid="explain-text">
          {text}
        </pre>
      )}
      {source && (
        <p className="mm-small" data-testid="explain-source">
          {source}
        </p>
      )}
    </section>
  )
}
