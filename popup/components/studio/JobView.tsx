import { useEffect, useState } from "react"

import { MINT_STEPS, type MintJob } from "~src/jobs/types"
import { ARCHITECTURES, architectureOf } from "~src/studio/architecture"
import { decodeStudioToken, type StudioToken } from "~src/studio/decodeStudioToken"

import { studioApi } from "./api"
import { TokenImage } from "./TokenImage"

const LABELS: Record<string, string> = {
  created: "Queued",
  proving: "Proving (Groth16, in a worker)",
  proved: "Proof ready",
  salted: "Salt saved",
  "commit-sent": "Commit sent",
  committed: "Commit mined",
  "reveal-sent": "Reveal sent",
  minted: "Minted"
}

/** A mint job's live status: each step, progress, transaction hashes, errors with Retry, and the minted token. */
export function JobView({ job }: { job: MintJob }) {
  const [token, setToken] = useState<StudioToken | null>(null)
  const reached = MINT_STEPS.indexOf(job.step)
  const commit = job.commits[job.commits.length - 1]
  const reveal = job.reveals[job.reveals.length - 1]
  useEffect(() => {
    if (job.status !== "done" || token) return
    // Read until the token shows: the first read may meet a service worker that is just restarting.
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const read = (attempt: number) =>
      void studioApi.gallery().then((r) => {
        const item = r.ok ? r.value.items.find((i) => i.tokenId === job.tokenId) : undefined
        if (item) setToken(decodeStudioToken(item.tokenURI))
        else if (!stopped && attempt < 10) timer = setTimeout(() => read(attempt + 1), 1000)
      })
    read(0)
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [job.status, job.tokenId, token])
  return (
    <div className="studio-job" data-testid="studio-job" data-step={job.step} data-status={job.status} data-job-id={job.id} data-architecture={architectureOf(job)}>
      <p className="muted">Architecture: {ARCHITECTURES[architectureOf(job)].name}</p>
      <ol className="studio-steps">
        {MINT_STEPS.map((s, i) => (
          <li key={s} className={i < reached || job.status === "done" ? "done" : i === reached ? "current" : ""}>
            {LABELS[s]}
            {s === "commit-sent" && commit?.tx && (
              <code className="tx" data-testid="studio-commit-tx">
                {" "}
                {commit.tx}
              </code>
            )}
            {s === "committed" && commit?.gasUsed && <span> · gas {commit.gasUsed}</span>}
            {s === "reveal-sent" && reveal?.tx && (
              <code className="tx" data-testid="studio-reveal-tx">
                {" "}
                {reveal.tx}
              </code>
            )}
            {s === "minted" && reveal?.gasUsed && <span> · gas {reveal.gasUsed}</span>}
          </li>
        ))}
      </ol>
      {job.step === "proving" && job.status === "running" && <progress data-testid="studio-progress" max={1} value={job.progress?.fraction ?? 0} style={{ width: "100%" }} />}
      {job.proof?.ms !== undefined && <p className="muted">Proof: {job.proof.ms} ms in the offscreen worker.</p>}
      {job.commits.length > 1 && <p className="muted">Commits paid: {job.commits.filter((c) => c.tx).length} (kept in the history).</p>}
      {job.error && (
        <div className={job.status === "waiting" ? "notice" : "error"} data-testid="studio-job-error" data-code={job.error.code}>
          {job.error.message}
          {job.status === "failed" && job.error.retryable && (
            <button data-testid="studio-retry" onClick={() => void studioApi.mint({ retry: job.id })}>
              Retry
            </button>
          )}
        </div>
      )}
      {token && (
        <div className="studio-token" data-testid="studio-token">
          <TokenImage token={token} testId="studio-onchain-image" />
          <p>
            <strong>{token.token.name}</strong> — “{token.token.prompt}”
          </p>
          <p className="muted">{token.token.description}</p>
          <p className="muted">
            Model: {token.token.model} ({ARCHITECTURES[token.architecture].name}) · commitment {token.token.modelCommitment.slice(0, 12)}…
          </p>
        </div>
      )}
    </div>
  )
}
