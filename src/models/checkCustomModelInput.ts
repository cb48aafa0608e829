import { CustomModelInvalidError } from "../llm/errors"
import type { CustomModelInput } from "./customModelTypes"

/** Model ids: what web-llm and the Cache API keys cope with, and readable in the UI. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/

/**
 * Checks a custom model's fields without touching the network: id charset and uniqueness, http(s) URLs,
 * a whole-number context window in a sane range. Throws `CustomModelInvalidError` naming the field.
 */
export function checkCustomModelInput(input: CustomModelInput, reservedIds: readonly string[] = []): void {
  if (typeof input?.id !== "string" || !ID_PATTERN.test(input.id)) {
    throw new CustomModelInvalidError("id", "must be 1–128 characters: letters, digits, dot, dash or underscore, starting with a letter or digit")
  }
  if (reservedIds.includes(input.id)) throw new CustomModelInvalidError("id", `"${input.id}" is already taken by another model`)
  if (input.engine !== undefined && input.engine !== "webgpu" && input.engine !== "cpu") throw new CustomModelInvalidError("engine", 'must be "webgpu" or "cpu"')
  checkUrl(input.engine === "cpu" ? "GGUF URL" : "model URL", input.modelUrl)
  // A CPU model is one GGUF file: there is no separate model library.
  if (input.engine !== "cpu") checkUrl("model library URL", input.modelLibUrl)
  const cw = input.contextWindow
  if (typeof cw !== "number" || !Number.isInteger(cw) || cw < 256 || cw > 1_048_576) {
    throw new CustomModelInvalidError("context window", "must be a whole number of tokens between 256 and 1048576")
  }
  if (input.vramMB !== undefined && (typeof input.vramMB !== "number" || !(input.vramMB > 0))) {
    throw new CustomModelInvalidError("VRAM", "must be a positive number of MB when given")
  }
}

function checkUrl(field: string, value: unknown): void {
  if (typeof value !== "string" || !value.trim()) throw new CustomModelInvalidError(field, "is empty")
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new CustomModelInvalidError(field, `is not a valid absolute URL: ${JSON.stringify(value.slice(0, 120))}`)
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new CustomModelInvalidError(field, `must start with https:// or http:// (got ${url.protocol})`)
  if (url.username || url.password) throw new CustomModelInvalidError(field, "must not contain a user name or password")
}
