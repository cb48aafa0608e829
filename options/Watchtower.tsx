import { useCallback, useEffect, useRef, useState } from "react"

import type { ChallengeJob } from "~src/watchtower/types"
import { studioApi } from "~popup/components/studio/api"

/** What each watchtower step means, in plain words. */
const STEP_TEXT: Record<ChallengeJob["step"], string> = {
  detected: "checking the image against the model",
  honest: "honest: the image is the model's output",
  "unknown-model": "not checked: this model's weights are not in your list",
  mismatch: "MISMATCH: proving the real image",
  proved: "proved; sending the challenge",
  sent: "challenge sent, waiting for the block",
  corrected: "corrected on-chain by your challenge; the bond is yours",
  closed: "closed"
}

/**
 * "Watch optimistic mints": the service worker re-runs the model on every pending optimistic token of the Studio's
 * collection and, on a mismatch, proves the real image and challenges it from your local account (which earns the
 * minter's bond). Each token's check is a persisted job: a restarted browser picks it up where it stopped.
 */
export function Watchtower() {
  const [enabled, setEnabled] = useState(false)
  const [jobs, setJobs] = useState<ChallengeJob[]>([])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // Replies can arrive out of order (the 2-second poll races a click): only the newest request's reply is applied.
  const latest = useRef(0)
  const ask = useCallback(async (body: Parameters<typeof studioApi.watch>[0]) => {
    const seq = ++latest.current
    const r = await studioApi.watch(body)
    return seq === latest.current ? r : null
  }, [])
  const apply = useCallback((r: Awaited<ReturnType<typeof studioApi.watch>> | null) => {
    if (!r) return
    if (!r.ok) return setError(r.error.message)
    setError(null)
    setEnabled(r.value.settings.enabled)
    setJobs(r.value.jobs)
  }, [])
  useEffect(() => {
    void ask({ action: "status" }).then(apply)
    const timer = setInterval(() => void ask({ action: "status" }).then(apply), 2000)
    return () => clearInterval(timer)
  }, [apply, ask])
  const run = async (body: Parameters<typeof studioApi.watch>[0]) => {
    setBusy(true)
    try {
      apply(await ask(body))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section data-testid="watchtower" style={{ marginTop: 24 }}>
      <h2 style={{ fontSize: 18 }}>Watch optimistic mints</h2>
      <p>
        An optimistic mint posts its image without a proof and stakes a bond. With this on, Mamori recomputes each pending image with its model on this computer; when it differs,
        Mamori proves the real image and challenges the token from your account, which corrects it on-chain and pays you the bond.
      </p>
      <label>
        <input
          type="checkbox"
          data-testid="watch-enabled"
          checked={enabled}
          disabled={busy}
          onChange={(e) => {
            // Show the choice at once; the reply confirms it (or puts it back and says why).
            setEnabled(e.target.checked)
            void run({ action: "set", enabled: e.target.checked })
          }}
        />{" "}
        Watch optimistic mints (checked every 30 seconds)
      </label>{" "}
      <button type="button" data-testid="watch-scan" disabled={busy || !enabled} onClick={() => void run({ action: "scan" })}>
        {busy ? "Checking…" : "Check now"}
      </button>
      {error && (
        <p role="alert" data-testid="watch-error" style={{ color: "#a00" }}>
          {error}
        </p>
      )}
      <ul data-testid="watch-jobs">
        {jobs.map((j) => (
          <li key={j.id} data-testid={`watch-job-${j.step}`} data-token={j.id}>
            “{j.prompt}” — {STEP_TEXT[j.step]}
            {j.note ? ` (${j.note})` : ""}
            {j.tx ? ` · tx ${j.tx.slice(0, 10)}…` : ""}
            {j.error && (
              <>
                {" "}
                <span style={{ color: "#a00" }}>{j.error.message}</span>{" "}
                {j.error.retryable && (
                  <button type="button" onClick={() => void run({ action: "retry", id: j.id })}>
                    Retry
                  </button>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
