import { useEffect, useState } from "react"

import { generateArt } from "~src/art/generate"
import { palette } from "~src/art/palette"
import { generateScene } from "~src/art/scene"
import { defaultWeights } from "~src/art/weights"
import { ARCHITECTURES, architectureOf } from "~src/studio/architecture"
import type { ArtModelEntry } from "~src/studio/artModel"
import { type ParsedArtModelFile, parseArtModelFile } from "~src/studio/parseArtModelFile"
import { studioApi } from "~popup/components/studio/api"
import { PixelCanvas } from "~popup/components/studio/PixelCanvas"
import { SceneImage } from "~popup/components/studio/SceneImage"

/** Prompts the preview compares the default model and the loaded weights on. */
const PREVIEW_PROMPTS = ["a quiet harbour at dawn", "copper foxes under a winter moon", "港の灯り"]

/** The default model's image and the loaded weights' image for one prompt, in the file's architecture. */
function PreviewPair({ parsed, prompt, i }: { parsed: Extract<ParsedArtModelFile, { ok: true }>; prompt: string; i: number }) {
  if (parsed.architecture === "scene")
    return (
      <>
        <td>
          <SceneImage svg={generateScene(prompt).svg} testId={`art-model-preview-default-${i}`} size={128} />
        </td>
        <td>
          <SceneImage svg={generateScene(prompt, parsed.weights).svg} testId={`art-model-preview-custom-${i}`} size={128} />
        </td>
      </>
    )
  return (
    <>
      <td>
        <PixelCanvas pixels={generateArt(prompt, defaultWeights)} palette={palette(prompt)} testId={`art-model-preview-default-${i}`} />
      </td>
      <td>
        <PixelCanvas pixels={generateArt(prompt, parsed.weights)} palette={palette(prompt)} testId={`art-model-preview-custom-${i}`} />
      </td>
    </>
  )
}

/**
 * Custom art models for developers: load a weights file of a registered architecture (mamori-scene-v1 or
 * mamori-art-v1, told apart by its keys), see every problem with it, preview it beside the architecture's default
 * model, register its commitment on-chain, remove it. The popup's model picker lists the registered ones.
 */
export function ArtModels() {
  const [models, setModels] = useState<ArtModelEntry[]>([])
  const [json, setJson] = useState<string | null>(null)
  const [fileName, setFileName] = useState("")
  const [name, setName] = useState("")
  const [problems, setProblems] = useState<string[]>([])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  useEffect(() => {
    void studioApi.artModels({ action: "list" }).then((r) => (r.ok ? setModels(r.value.models) : setError(r.error.message)))
  }, [])
  const parsed = json === null ? null : parseArtModelFile(json)

  const load = async (file: File | undefined) => {
    setError(null)
    setProblems([])
    if (!file) return setJson(null)
    setFileName(file.name)
    const text = await file.text()
    setJson(text)
    const p = parseArtModelFile(text)
    if (!p.ok) setProblems(p.problems)
  }
  const add = async () => {
    if (json === null) return
    const r = await studioApi.artModels({ action: "add", json, name })
    if (!r.ok) return setError(r.error.message)
    setModels(r.value.models)
    setProblems(r.value.problems ?? [])
    if (!r.value.problems?.length) setJson(null), setName("")
  }
  const act = async (action: "register" | "remove", commitment: string) => {
    setBusy(commitment)
    setError(null)
    const r = await studioApi.artModels({ action, commitment })
    setBusy(null)
    if (!r.ok) return setError(r.error.message)
    setModels(r.value.models)
  }

  return (
    <section data-testid="art-models">
      <h2 style={{ fontSize: 18 }}>Studio — custom art models</h2>
      <p>
        Load weights for a registered architecture: <code>mamori-scene-v1</code> (a JSON object: <code>rows</code>, one row of 36 integers per vocabulary concept, and{" "}
        <code>bias</code>, 36 integers; each in [-8, 7]) or <code>mamori-art-v1</code> (<code>wr</code> and <code>wc</code> 4×4, <code>br</code> and <code>bc</code> 4 entries,{" "}
        <code>rho</code>, <code>beta</code>; integers in [-16, 15]). They reuse the architecture's shipped circuit and proving key.
      </p>
      <input data-testid="art-model-file" type="file" accept="application/json,.json" onChange={(e) => void load(e.target.files?.[0])} />
      {problems.length > 0 && (
        <ul className="error" data-testid="art-model-problems" style={{ color: "#a0222c" }}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {parsed?.ok && (
        <div data-testid="art-model-loaded">
          <p>
            {fileName}: <span data-testid="art-model-architecture">{ARCHITECTURES[parsed.architecture].name}</span> weights, commitment{" "}
            <code data-testid="art-model-commitment">{parsed.commitment.toString()}</code> (Poseidon of the weights, computed here; this is what the registry stores and every proof
            is bound to).
          </p>
          <table>
            <thead>
              <tr>
                <th>prompt</th>
                <th>{ARCHITECTURES[parsed.architecture].defaultModelName}</th>
                <th>your weights</th>
              </tr>
            </thead>
            <tbody>
              {PREVIEW_PROMPTS.map((prompt, i) => (
                <tr key={prompt}>
                  <td>{prompt}</td>
                  <PreviewPair parsed={parsed} prompt={prompt} i={i} />
                </tr>
              ))}
            </tbody>
          </table>
          <label>
            Name <input data-testid="art-model-name" value={name} maxLength={64} onChange={(e) => setName(e.target.value)} />
          </label>{" "}
          <button data-testid="art-model-add" disabled={!name.trim()} onClick={() => void add()}>
            Keep this model
          </button>
        </div>
      )}
      {error && (
        <p className="error" data-testid="art-model-error" style={{ color: "#a0222c" }}>
          {error}
        </p>
      )}
      <ul data-testid="art-model-list">
        {models.map((m) => (
          <li key={m.commitment} data-testid="art-model-entry" data-commitment={m.commitment}>
            <strong>{m.name}</strong> ({ARCHITECTURES[architectureOf(m)].name}) — commitment <code>{m.commitment}</code>{" "}
            {m.registered ? (
              <span data-testid="art-model-registered">
                registered on chain {m.registered.chainId} by {m.registered.owner}
              </span>
            ) : (
              <button data-testid="art-model-register" disabled={busy === m.commitment} onClick={() => void act("register", m.commitment)}>
                {busy === m.commitment
                  ? "Registering…"
                  : `Register on-chain (registerModel(${m.commitment.slice(0, 10)}…, ${ARCHITECTURES[architectureOf(m)].registryId}, "${m.name}"); costs gas)`}
              </button>
            )}{" "}
            <button data-testid="art-model-remove" onClick={() => void act("remove", m.commitment)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
