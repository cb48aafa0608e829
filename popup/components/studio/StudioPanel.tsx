import { useCallback, useEffect, useMemo, useState } from "react"

import { MintModePicker } from "./MintModePicker"
import { ModelTerms } from "./ModelTerms"

import { defaultSceneWeights, sceneModelCommitment } from "~src/art/scene/sceneModel"
import { promptUtf8Problem } from "~src/chain/promptUtf8"
import type { MintJob, MintMode } from "~src/jobs/types"
import { type ArtArchitecture, DEFAULT_ARCHITECTURE, architectureOf } from "~src/studio/architecture"
import type { ArtModelEntry } from "~src/studio/artModel"
import { promptLength } from "~src/studio/promptLength"
import type { StudioSettingsResponse } from "~src/messaging/protocol"
import type { AccountState, TabWallet } from "~src/wallet/accountState"

import { AccountPanel } from "./AccountPanel"
import { studioApi } from "./api"
import { Gallery } from "./Gallery"
import { JobView } from "./JobView"
import { ModelPicker } from "./ModelPicker"
import { PixelCanvas } from "./PixelCanvas"
import { SceneImage } from "./SceneImage"
import { STUDIO_CSS } from "./studioCss"
import { useArtTitle } from "./useArtTitle"
import { usePreview } from "./usePreview"

const LOW_BALANCE_ETH = 0.01

/** The Studio tab: account, prompt → preview, background mint job, gallery. */
export function StudioPanel() {
  const [account, setAccount] = useState<AccountState | null>(null)
  const [tab, setTab] = useState<TabWallet | undefined>(undefined)
  const [jobs, setJobs] = useState<MintJob[]>([])
  const [chain, setChain] = useState<StudioSettingsResponse | null>(null)
  const [prompt, setPrompt] = useState("")
  const [models, setModels] = useState<ArtModelEntry[]>([])
  const [modelId, setModelId] = useState("")
  const [architecture, setArchitecture] = useState<ArtArchitecture>(DEFAULT_ARCHITECTURE)
  const [mintError, setMintError] = useState<string | null>(null)
  const [mintMode, setMintMode] = useState<MintMode>("proven")
  const { preview, error: previewError, busy, generate } = usePreview()
  const { title, draft: titleDraft } = useArtTitle(preview?.prompt)
  const length = promptLength(prompt)
  // The terms shown are the picked model's; the scene architecture's default model is named by its commitment.
  const defaultScene = useMemo(() => sceneModelCommitment(defaultSceneWeights()).toString(), [])

  const refresh = useCallback(async () => {
    const r = await studioApi.jobs()
    if (r.ok) {
      setJobs(r.value.jobs)
      setAccount(r.value.account)
      setTab(r.value.tab)
    }
  }, [])
  const refreshChain = useCallback(async () => {
    const r = await studioApi.settings()
    if (r.ok) setChain(r.value)
  }, [])
  useEffect(() => {
    void studioApi.artModels({ action: "list" }).then((r) => r.ok && setModels(r.value.models))
  }, [])
  useEffect(() => {
    void refresh()
    void refreshChain()
    const t = setInterval(() => void refresh(), 400)
    const c = setInterval(() => void refreshChain(), 3000)
    return () => (clearInterval(t), clearInterval(c))
  }, [refresh, refreshChain])

  const utf8Problem = promptUtf8Problem(prompt)
  const usable = models.filter((m) => chain && m.registered?.chainId === chain.settings.chainId)
  const picked = usable.find((m) => m.commitment === modelId)
  const current = jobs.find((j) => j.prompt === preview?.prompt && (j.model ?? "") === (preview?.model ?? "") && architectureOf(j) === preview?.architecture) ?? jobs[0]
  const mint = async () => {
    if (!preview) return
    setMintError(null)
    // The job mints what the preview shows: its architecture and model, not the pickers' current values.
    // Optimistic mints exist only for mamori-art-v1 (the collection refuses them for adapter architectures).
    const optimistic = mintMode === "optimistic" && preview.architecture === "art"
    const r = await studioApi.mint({
      prompt: preview.prompt,
      architecture: preview.architecture,
      ...(preview.model ? { model: preview.model } : {}),
      ...(optimistic ? { mode: "optimistic" as const } : {})
    })
    if (!r.ok) setMintError(r.error.message)
    void refresh()
  }
  const wrongChain = chain && chain.rpcChainId !== null && chain.rpcChainId !== chain.settings.chainId
  const lowBalance = chain?.balance != null && Number(chain.balance) < LOW_BALANCE_ETH

  return (
    <div className="studio" data-testid="studio">
      <style>{STUDIO_CSS}</style>
      <AccountPanel account={account} tab={tab} balance={chain?.balance ?? null} onChange={() => (void refresh(), void refreshChain())} />
      {chain?.rpcError && (
        <p className="error" data-testid="studio-rpc-down">
          {chain.rpcError} Previews still work; minting waits for the node.
        </p>
      )}
      {wrongChain && (
        <p className="error" data-testid="studio-wrong-chain">
          The RPC is on chain {chain!.rpcChainId}, but the Studio mints on chain {chain!.settings.chainId}. Point the RPC back at chain {chain!.settings.chainId}.
        </p>
      )}
      {chain && !chain.settings.collection && <p className="error">No Studio collection is known for chain {chain.settings.chainId}.</p>}
      {tab && chain && tab.chainId !== chain.settings.chainId && (
        <p className="error" data-testid="studio-tab-wrong-chain">
          The page's wallet is on chain {tab.chainId}; the Studio mints on chain {chain.settings.chainId}. Switch networks in the wallet.
        </p>
      )}
      {lowBalance && account?.kind === "unlocked" && !tab && (
        <p className="notice" data-testid="studio-low-balance">
          Low balance ({chain!.balance} ETH): a commit and a reveal need about {LOW_BALANCE_ETH} ETH. Send some to {account.address}.
        </p>
      )}
      <div className="studio-create">
        <ModelPicker architecture={architecture} modelId={picked ? modelId : ""} models={usable} onChange={(c) => (setArchitecture(c.architecture), setModelId(c.modelId))} />
        <textarea data-testid="studio-prompt" rows={2} placeholder="Describe an image…" value={prompt} onChange={(e) => setPrompt(e.target.value)} style={{ width: "100%" }} />
        <small className={length.tooLong ? "error" : "muted"} data-testid="studio-prompt-length" data-too-long={length.tooLong}>
          {length.note}
        </small>
        <button
          data-testid="studio-generate"
          disabled={!prompt.trim() || length.tooLong || busy || utf8Problem !== null}
          onClick={() => void generate(prompt.trim(), architecture, picked)}
        >
          {busy ? "Generating…" : "Generate"}
        </button>
        <button data-testid="studio-mint" disabled={!preview || (account?.kind !== "unlocked" && !tab)} onClick={() => void mint()}>
          Prove + Mint
        </button>
      </div>
      <ModelTerms model={picked ? modelId : architecture === "scene" ? defaultScene : ""} />
      {architecture === "art" && <MintModePicker mode={mintMode} onChange={setMintMode} model={picked ? modelId : ""} />}
      {utf8Problem && (
        <p className="error" data-testid="studio-prompt-utf8">
          {utf8Problem}
        </p>
      )}
      {previewError && <p className="error">{previewError}</p>}
      {mintError && (
        <p className="error" data-testid="studio-mint-error">
          {mintError}
        </p>
      )}
      {preview && (
        <div className="studio-preview" data-testid="studio-preview-box" data-ms={preview.ms} data-architecture={preview.architecture}>
          {preview.architecture === "scene" ? (
            <SceneImage svg={preview.svg} testId="studio-preview" />
          ) : (
            <PixelCanvas pixels={preview.pixels} palette={preview.palette} testId="studio-preview" />
          )}
          {!title && titleDraft && (
            <p className="muted" data-testid="studio-title-draft">
              The local model is writing a title: {titleDraft}
            </p>
          )}
          {title && (
            <p data-testid="studio-title" data-source={title.source} data-fallback={title.fallbackReason ?? ""}>
              <strong>{title.title}</strong> — {title.description}
              {title.source === "template" && title.fallbackReason === "unparsable-reply" ? (
                <small> (the local model's answer was not a usable title, so this one is from Mamori's template)</small>
              ) : null}
            </p>
          )}
          <p className="muted">
            Preview in {preview.ms} ms (onnxruntime-web){preview.sessionMs !== undefined ? `, model loaded in ${preview.sessionMs} ms` : ""}.
          </p>
        </div>
      )}
      {current && <JobView key={current.id} job={current} />}
      <h3>Gallery</h3>
      <Gallery
        refreshKey={jobs
          .filter((j) => j.status === "done")
          .map((j) => j.id)
          .join()}
      />
    </div>
  )
}
