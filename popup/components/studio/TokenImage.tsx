import type { StudioToken } from "~src/studio/decodeStudioToken"

import { PixelCanvas } from "./PixelCanvas"
import { SceneImage } from "./SceneImage"

/** A minted token's image as stored on-chain: the pixel bitmap, or the scene's SVG. */
export function TokenImage({ token, testId }: { token: StudioToken; testId: string }) {
  return token.architecture === "scene" ? (
    <SceneImage svg={token.token.svg} testId={testId} />
  ) : (
    <PixelCanvas pixels={token.token.pixels} palette={token.token.palette} testId={testId} />
  )
}
