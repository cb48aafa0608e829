import { useEffect, useState } from "react"
import { formatEther } from "viem"

import type { StudioModelTerms } from "~src/messaging/protocol"

import { studioApi } from "./api"

/** The picked model's mint fee, licence and revenue token, read from the registry before the user mints. */
export function ModelTerms({ model }: { model: string }) {
  const [terms, setTerms] = useState<StudioModelTerms | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void studioApi.modelTerms(model ? { model } : {}).then((r) => {
      if (!live) return
      if (r.ok) {
        setTerms(r.value.terms)
        setError(null)
      } else setError(r.error.message)
    })
    return () => {
      live = false
    }
  }, [model])
  if (error) return <p className="error" data-testid="studio-model-terms-error">{`The model's fee and licence could not be read: ${error}`}</p>
  if (!terms) return null
  return (
    <p className="muted" data-testid="studio-model-terms" data-fee={terms.fee}>
      Mint fee: {terms.fee === "0" ? "none" : `${formatEther(BigInt(terms.fee))} ETH, paid once with the reveal`}
      {terms.revenueToken ? ` to the model's revenue token ${terms.revenueToken}` : terms.fee === "0" ? "" : ` to the model's registrant ${terms.payee}`}. Royalty{" "}
      {terms.royaltyBps / 100} %. Licence: {terms.licenseURI ? <span data-testid="studio-model-license">{terms.licenseURI}</span> : "none stated"}
      {terms.licenseURI ? ` (terms hash ${terms.termsHash.slice(0, 10)}…)` : ""}.
    </p>
  )
}
