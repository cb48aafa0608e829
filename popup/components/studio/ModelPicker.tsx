import { ARCHITECTURES, ART_ARCHITECTURES, type ArtArchitecture, architectureOf } from "~src/studio/architecture"
import type { ArtModelEntry } from "~src/studio/artModel"

export type ModelPickerProps = {
  architecture: ArtArchitecture
  /** The commitment of the picked custom model, or "" for the architecture's default model. */
  modelId: string
  /** Custom models registered on the Studio's chain, of every architecture. */
  models: ArtModelEntry[]
  onChange: (choice: { architecture: ArtArchitecture; modelId: string }) => void
}

/**
 * The Studio's architecture and model pickers. Picking a custom model switches to its architecture; picking
 * another architecture drops a custom model of the old one (a model only runs in its own architecture's circuit).
 */
export function ModelPicker({ architecture, modelId, models, onChange }: ModelPickerProps) {
  return (
    <>
      <label>
        Architecture{" "}
        <select
          data-testid="studio-architecture"
          value={architecture}
          onChange={(e) => {
            const next = e.target.value as ArtArchitecture
            const picked = models.find((m) => m.commitment === modelId)
            onChange({ architecture: next, modelId: picked && architectureOf(picked) === next ? modelId : "" })
          }}
        >
          {ART_ARCHITECTURES.map((a) => (
            <option key={a} value={a}>
              {ARCHITECTURES[a].label}
            </option>
          ))}
        </select>
      </label>{" "}
      <label>
        Model{" "}
        <select
          data-testid="studio-model"
          value={modelId}
          onChange={(e) => {
            const picked = models.find((m) => m.commitment === e.target.value)
            onChange({ architecture: picked ? architectureOf(picked) : architecture, modelId: e.target.value })
          }}
        >
          <option value="">{ARCHITECTURES[architecture].defaultModelName}</option>
          {models.map((m) => (
            <option key={m.commitment} value={m.commitment}>
              {m.name} ({ARCHITECTURES[architectureOf(m)].name}, {m.commitment.slice(0, 8)}…)
            </option>
          ))}
        </select>
      </label>
    </>
  )
}
