import { useEffect, useState } from "react"

import { ARCHITECTURES } from "~src/studio/architecture"
import { decodeStudioToken, type StudioToken } from "~src/studio/decodeStudioToken"

import { studioApi } from "./api"
import { TokenImage } from "./TokenImage"

/** What an optimistic token's status means (the collection's tokenURI says which). */
const STATUS_TEXT: Record<string, string> = {
  pending: "minted without a proof; anyone can challenge it with a proof until the window closes",
  final: "the challenge window closed unchallenged",
  corrected: "a challenger proved the model's real image, which replaced the posted one"
}

/** The account's tokens read back from the collection, each image decoded from its tokenURI. */
export function Gallery({ refreshKey }: { refreshKey: string }) {
  const [items, setItems] = useState<{ tokenId: string; token: StudioToken | null; problem?: string }[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is the signal to read the gallery again (a mint finished)
  useEffect(() => {
    void studioApi.gallery().then((r) => {
      if (!r.ok) return setError(r.error.message)
      setItems(
        r.value.items.map((i) => {
          // One unreadable token is shown as such; it does not hide the others.
          try {
            return { tokenId: i.tokenId, token: decodeStudioToken(i.tokenURI) }
          } catch (e) {
            return { tokenId: i.tokenId, token: null, problem: (e as Error).message }
          }
        })
      )
    })
  }, [refreshKey])
  if (error) return <p className="error">The gallery cannot be read: {error}</p>
  if (!items) return <p>Reading your tokens…</p>
  if (items.length === 0) return <p data-testid="studio-gallery-empty">No tokens yet.</p>
  return (
    <ul className="studio-gallery" data-testid="studio-gallery">
      {items.map(({ tokenId, token, problem }) =>
        token ? (
          <li key={tokenId} data-testid="studio-gallery-item" data-token-id={tokenId} data-architecture={token.architecture}>
            <TokenImage token={token} testId={`studio-gallery-image-${tokenId}`} />
            <span>“{token.token.prompt}”</span>
            <span className="muted" data-testid="studio-gallery-model" title={`model commitment ${token.token.modelCommitment}`}>
              by {token.token.model}
            </span>
            <span className="muted" data-testid="studio-gallery-architecture">
              {ARCHITECTURES[token.architecture].name}
            </span>
            {token.architecture === "art" && token.token.proofType === "fraud" && (
              <span className="muted" data-testid="studio-gallery-status" data-status={token.token.status} title={STATUS_TEXT[token.token.status] ?? token.token.status}>
                optimistic: {token.token.status}
              </span>
            )}
          </li>
        ) : (
          <li key={tokenId} className="error" data-testid="studio-gallery-item" data-token-id={tokenId}>
            Token {tokenId.slice(0, 10)}…: {problem}
          </li>
        )
      )}
    </ul>
  )
}
