import { useEffect, useState } from "react"
import { formatEther } from "viem"

import type { MintMode } from "~src/jobs/types"

import { studioApi } from "./api"

/**
 * Proven or optimistic mint, for models whose architecture allows the optimistic path (mamori-art-v1; adapter
 * architectures mint only with a proof). Shows the collection's bond and challenge window, read before minting.
 */
export function MintModePicker({ mode, onChange, model }: { mode: MintMode; onChange: (mode: MintMode) => void; model: string }) {
  const [terms, setTerms] = useState<{ bond: string; window: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void studioApi.modelTerms(model ? { model } : {}).then((r) => {
      if (!live) return
      if (!r.ok) return setError(r.error.message)
      setError(null)
      setTerms(r.value.terms?.optimistic ?? null)
    })
    return () => {
      live = false
    }
  }, [model])
  // No optimistic terms (older collection, or none deployed): proven only, and say why when it is an error.
  useEffect(() => {
    if (!terms && mode === "optimistic") onChange("proven")
  }, [terms, mode, onChange])
  if (error) return <p className="error" data-testid="studio-mint-mode-error">{`The optimistic bond could not be read (proven mints only): ${error}`}</p>
  if (!terms) return null
  return (
    <fieldset className="muted" data-testid="studio-mint-mode" style={{ border: 0, padding: 0, margin: "4px 0" }}>
      <label>
        <input type="radio" name="mint-mode" data-testid="studio-mint-mode-proven" checked={mode === "proven"} onChange={() => onChange("proven")} /> Proven: a zk proof made here,
        checked on-chain (more gas)
      </label>
      <br />
      <label>
        <input type="radio" name="mint-mode" data-testid="studio-mint-mode-optimistic" checked={mode === "optimistic"} onChange={() => onChange("optimistic")} /> Optimistic:
        cheaper, no proof; posts a bond of {formatEther(BigInt(terms.bond))} ETH, returned after a {terms.window}-block challenge window unless someone proves the image wrong
      </label>
    </fieldset>
  )
}
