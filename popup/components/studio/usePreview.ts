import { useCallback, useRef, useState } from "react"

import { ART_PIXELS } from "~src/art/constants"
import { artOnnxFeeds } from "~src/art/onnx/runPreview"
import { sceneOnnxFeeds } from "~src/art/onnx/runScenePreview"
import { palette, type Rgb } from "~src/art/palette"
import { sceneFromParams } from "~src/art/scene/sceneFromParams"
import { defaultSceneWeights, sceneOf, type SceneWeights } from "~src/art/scene/sceneModel"
import { slotBitmap } from "~src/art/scene/tokenize"
import type { ArtWeights } from "~src/art/weights"
import { ARCHITECTURES, type ArtArchitecture } from "~src/studio/architecture"
import type { ArtModelEntry } from "~src/studio/artModel"

type PreviewBase = { prompt: string; model?: string; ms: number; sessionMs?: number }
/** What the popup shows: the pixel architecture's palette indices, or the scene architecture's SVG. */
export type Preview = (PreviewBase & { architecture: "art"; pixels: Uint8Array; palette: Rgb[] }) | (PreviewBase & { architecture: "scene"; scene: bigint; svg: string })

type WorkerReply = { id: number; ok: true; values: Int32Array; ms: number; sessionMs?: number } | { id: number; ok: false; message: string }
type Feeds = Record<string, { data: Int32Array; dims: number[] }>

const plain = (feeds: Record<string, { data: unknown; dims: readonly number[] }>): Feeds =>
  Object.fromEntries(Object.entries(feeds).map(([name, t]) => [name, { data: t.data as Int32Array, dims: [...t.dims] }]))

/**
 * The instant preview: the chosen architecture's ONNX model on onnxruntime-web (wasm, one thread) in a worker
 * next to the popup. The feeds come from src/art (the same inputs the reference and the circuit use).
 */
export function usePreview() {
  const worker = useRef<Worker | null>(null)
  const seq = useRef(0)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const generate = useCallback(async (prompt: string, architecture: ArtArchitecture, model?: ArtModelEntry) => {
    setBusy(true)
    setError(null)
    try {
      worker.current ??= new Worker(chrome.runtime.getURL("ort/ortPreviewWorker.mjs"), { type: "module" })
      const sceneWeights = architecture === "scene" ? ((model?.weights as SceneWeights | undefined) ?? defaultSceneWeights()) : undefined
      const feeds = sceneWeights ? plain(sceneOnnxFeeds(prompt, sceneWeights)) : plain(artOnnxFeeds(prompt, model?.weights as ArtWeights | undefined))
      const id = ++seq.current
      const w = worker.current
      const reply = await new Promise<WorkerReply>((resolve, reject) => {
        w.onmessage = (e: MessageEvent<WorkerReply>) => e.data.id === id && resolve(e.data)
        w.onerror = (e) => reject(new Error(e.message || "the preview worker failed to start"))
        w.postMessage({ id, modelUrl: chrome.runtime.getURL(ARCHITECTURES[architecture].onnx), feeds, output: sceneWeights ? "params" : "pixels" })
      })
      if (!reply.ok) throw new Error(reply.message)
      const timing = {
        prompt,
        ...(model ? { model: model.commitment } : {}),
        ms: Math.round(reply.ms * 100) / 100,
        sessionMs: reply.sessionMs === undefined ? undefined : Math.round(reply.sessionMs)
      }
      if (sceneWeights) {
        const params = Array.from(reply.values)
        const drawn = sceneFromParams(prompt, params)
        // The preview must be the scene the proof will carry: the ONNX graph is checked against the reference.
        if (drawn.packed !== sceneOf(slotBitmap(prompt), sceneWeights).packed) throw new Error("the ONNX scene differs from the reference model")
        setPreview({ ...timing, architecture: "scene", scene: drawn.packed, svg: drawn.svg })
      } else {
        if (reply.values.length !== ART_PIXELS) throw new Error("the model returned no image")
        setPreview({ ...timing, architecture: "art", pixels: Uint8Array.from(reply.values), palette: [...palette(prompt)] })
      }
    } catch (e) {
      worker.current?.terminate()
      worker.current = null
      setError(`The preview failed: ${(e as Error).message}`)
    } finally {
      setBusy(false)
    }
  }, [])
  return { preview, error, busy, generate }
}
