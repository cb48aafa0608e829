import { handle } from "../handle"
import { addArtModel, listArtModels, registerArtModel, removeArtModel } from "../studio/artModels"

/** The developer's art models: list, add (validated weights file), remove, register on-chain. */
export default handle("studio-art-models", async (body) => {
  // The body is untrusted until checked: read each field as data.
  const b = (body ?? {}) as Record<string, unknown>
  const text = (key: string) => (typeof b[key] === "string" ? (b[key] as string) : "")
  switch (b.action) {
    case "add":
      return addArtModel(text("json"), text("name"))
    case "remove":
      return { models: await removeArtModel(text("commitment")) }
    case "register":
      return { models: await registerArtModel(text("commitment")) }
    default:
      return { models: await listArtModels() }
  }
})
