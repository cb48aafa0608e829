import { useCallback, useEffect, useState } from "react"

import { askBackground } from "~lib/askBackground"
import type { MessageResponse } from "~src/messaging/protocol"
import type { HistoryEntry } from "~src/shield/history"
import type { SiteMode } from "~src/shield/settings"

const VERDICT_LABEL: Record<HistoryEntry["verdict"], string> = { danger: "Danger", warning: "Warning", safe: "Safe", unknown: "Unchecked" }
const DECISION_LABEL: Record<HistoryEntry["decision"], string> = {
  continued: "you continued",
  rejected: "you rejected",
  "auto-continued": "continued (trusted site)",
  passed: "passed (paused site)",
  pending: "waiting"
}

/** The Shield's activity: every reviewed request with its verdict and the user's answer, newest first. */
export function Activity() {
  const [data, setData] = useState<MessageResponse<"shield-history">>()
  const [error, setError] = useState<string>()
  const load = useCallback(() => {
    void askBackground("shield-history", {}).then((r) => (r.ok ? setData(r.value) : setError(`Could not read the activity: ${r.error.message}`)))
  }, [])
  useEffect(load, [load])

  const setSite = (origin: string, mode: SiteMode | "default") => void askBackground("shield-site", { origin, mode }).then((r) => (r.ok ? load() : setError(r.error.message)))

  if (error) return <p className="error">{error}</p>
  if (!data) return <p>Loading…</p>
  if (!data.entries.length) return <p data-testid="activity-empty">No requests reviewed yet. Signing requests from any site will appear here.</p>
  return (
    <ol className="activity" data-testid="activity">
      {data.entries.slice(0, 100).map((e) => (
        <li key={e.id} className={`entry ${e.verdict}`} data-testid="activity-entry" data-verdict={e.verdict}>
          <div className="entry-head">
            <span className={`chip ${e.verdict}`}>{VERDICT_LABEL[e.verdict]}</span>
            <span className="origin" title={e.origin}>
              {e.origin}
            </span>
            <time>{new Date(e.at).toLocaleTimeString()}</time>
          </div>
          <div className="entry-summary">{e.summary}</div>
          <div className="entry-foot">
            <code>{e.method}</code> · {DECISION_LABEL[e.decision]}
            <SiteButtons origin={e.origin} mode={data.settings.sites[e.origin]} onChange={setSite} />
          </div>
        </li>
      ))}
    </ol>
  )
}

function SiteButtons({ origin, mode, onChange }: { origin: string; mode?: SiteMode; onChange: (o: string, m: SiteMode | "default") => void }) {
  if (!/^https?:\/\//.test(origin)) return null
  return (
    <span className="site-buttons">
      {mode ? (
        <button onClick={() => onChange(origin, "default")}>{mode === "paused" ? "Resume" : "Untrust"}</button>
      ) : (
        <>
          <button onClick={() => onChange(origin, "trusted")} title="Still audited; safe requests continue without a click">
            Trust
          </button>
          <button onClick={() => onChange(origin, "paused")} title="Mamori steps aside on this site">
            Pause
          </button>
        </>
      )}
    </span>
  )
}
