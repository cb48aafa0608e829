import { CustomModelForm } from "./CustomModelForm"
import { ExplainTry } from "./ExplainTry"
import { GpuCheck } from "./GpuCheck"
import { ModelRowView } from "./ModelRowView"
import { useModelManager } from "./useModelManager"
import "./models.css"

/** The model manager (popup "Models" tab and the options page): WebGPU check, presets and custom models, downloads, load. */
export function Models() {
  const m = useModelManager()
  return (
    <div className="mm" data-testid="models" data-ready={String(m.ready)} data-loaded={m.host?.loadedModelId ?? ""}>
      <GpuCheck m={m} />
      {m.pageError && (
        <p className="mm-error" role="alert" data-testid="models-page-error">
          {m.pageError.message}{" "}
          <button onClick={() => void m.refresh()} data-testid="models-retry">
            Retry
          </button>
        </p>
      )}
      <ul className="mm-list" data-testid="model-list">
        {m.rows.map((row) => (
          <ModelRowView key={row.id} row={row} m={m} />
        ))}
      </ul>
      <CustomModelForm m={m} />
      <ExplainTry m={m} />
    </div>
  )
}
