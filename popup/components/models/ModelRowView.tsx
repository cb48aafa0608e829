import type { ModelRow } from "~src/models/describeModels"

import type { ModelManager } from "./useModelManager"

/** One model: size, GPU need, fit and why, cache state, and its actions with a live progress bar. */
export function ModelRowView({ row, m }: { row: ModelRow; m: ModelManager }) {
  const job = m.jobs[row.id]
  const error = m.errors[row.id]
  const note = m.notes[row.id]
  const busy = Boolean(job)
  const fraction = job?.progress?.fraction ?? 0
  return (
    <li className={`mm-row ${row.fits ? "fits" : "nofit"}`} data-testid={`model-${row.id}`} data-state={row.state} data-source={row.source}>
      <div className="mm-row-head">
        <strong>{row.label}</strong>
        {row.recommended && <span className="mm-chip rec">recommended</span>}
        {row.source === "custom" && <span className="mm-chip">custom</span>}
        <span className={`mm-chip state-${row.state}`} data-testid={`state-${row.id}`}>
          {row.state === "not-downloaded" ? "not downloaded" : row.state}
        </span>
      </div>
      <div className="mm-row-facts">
        {row.downloadText} · {row.memoryText} · {row.requirementsText}
      </div>
      <div className={row.fits ? "mm-fit" : "mm-nofit"} data-testid={`fit-${row.id}`}>
        {row.fits ? "✓ " : "✗ "}
        {row.why}
      </div>
      {job && (
        <div className="mm-progress" data-testid={`job-${row.id}`} data-kind={job.kind} data-background={String(Boolean(job.background))}>
          <progress max={1} value={fraction} data-testid={`progress-${row.id}`} data-fraction={fraction.toFixed(3)} />
          <span data-testid={`progress-text-${row.id}`}>{job.progress?.text ?? (job.kind === "download" ? "Starting the download…" : "Starting…")}</span>
          {job.background && <small>Started earlier; Mamori's worker carried on while the popup was closed.</small>}
        </div>
      )}
      {error && (
        <p className="mm-error" role="alert" data-testid={`error-${row.id}`} data-code={error.code}>
          {error.message}
          {error.details ? <small> {error.details}</small> : null}
        </p>
      )}
      {note && !error && (
        <p className="mm-note" data-testid={`note-${row.id}`}>
          {note}
        </p>
      )}
      <div className="mm-actions">
        {busy ? (
          <button data-testid={`cancel-${row.id}`} onClick={() => m.cancel(row.id)}>
            Cancel
          </button>
        ) : (
          <>
            {row.state === "not-downloaded" && (
              <button data-testid={`download-${row.id}`} onClick={() => void m.download(row.id)}>
                Download
              </button>
            )}
            {row.state === "loaded" ? (
              <button data-testid={`unload-${row.id}`} onClick={() => void m.unload()}>
                Unload
              </button>
            ) : (
              <button data-testid={`load-${row.id}`} onClick={() => void m.load(row.id)} title={row.fits ? "" : row.why}>
                Load
              </button>
            )}
            {row.state !== "not-downloaded" && (
              <button data-testid={`delete-${row.id}`} onClick={() => void m.remove(row.id)}>
                Delete
              </button>
            )}
            {row.source === "custom" && (
              <button data-testid={`forget-${row.id}`} onClick={() => void m.removeCustom(row.id)}>
                Remove model
              </button>
            )}
          </>
        )}
      </div>
    </li>
  )
}
