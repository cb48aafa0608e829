import { useEffect, useState } from "react"

import { decodeTokenUri, type DecodedToken } from "~src/studio/decodeTokenUri"

import { studioApi } from "./api"
import { PixelCanvas } from "./PixelCanvas"

/** What an optimistic token's status means (the collection's tokenURI says which). */
const STATUS_TEXT: Record<string, string> = {
  pending: "minted without a proof; anyone can challenge it with a proof until the window closes",
  final: "the challenge window closed unchallenged",
  corrected: "a challenger proved the model's real image, which replaced the posted one"
}

/** The account's tokens read back from the collection, each image decoded from its tokenURI. */
export function Gallery({ refreshKey }: { refreshKey: string }) {
  const [items, setItems] = useState<{ tokenId: string; token: DecodedToken }[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is the signal to read the gallery again (a mint finished)
  useEffect(() => {
    void studioApi.gallery().then((r) => {
      if (!r.ok) return setError(r.error.message)
      setItems(r.value.items.map((i) => ({ tokenId: i.tokenId, token: decodeTokenUri(i.tokenURI) })))
    })
  }, [refreshKey])
  if (error) return <p className="error">The gallery cannot be read: {error}</p>
  if (!items) return <p>Reading your tokens…</p>
  if (items.length === 0) return <p data-testid="studio-gallery-empty">No tokens yet.</p>
  return (
    <ul className="studio-gallery" data-testid="studio-gallery">
      {items.map(({ tokenId, token }) => (
        <li key={tokenId} data-testid="studio-gallery-item" data-token-id={tokenId}>
          <PixelCanvas pixels={token.pixels} palette={token.palette} testId={`studio-gallery-image-${tokenId}`} />
          <span>“{token.prompt}”</span>
          <span className="muted" data-testid="studio-gallery-model" title={`model commitment ${token.modelCommitment}`}>
            by {token.model}
          </span>
          {token.proofType === "fraud" && (
            <span className="muted" data-testid="studio-gallery-status" data-status={token.status} title={STATUS_TEXT[token.status] ?? token.status}>
              optimistic: {token.status}
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}
