import { describe, expect, it } from "vitest"

import { CustomModelInvalidError, FileMissingError } from "./errors"
import { toUiError } from "./uiError"

describe("toUiError", () => {
  it("keeps an LLM error's code and sentence, and the field of a form error", () => {
    expect(toUiError(new FileMissingError("http://x/a.bin", 404))).toMatchObject({ code: "llm/file-missing", message: "Missing file: http://x/a.bin (HTTP 404)." })
    expect(toUiError(new CustomModelInvalidError("context window", "is empty"))).toEqual({
      code: "llm/custom-model-invalid",
      message: "Custom model: context window is empty.",
      details: undefined,
      field: "context window"
    })
  })

  it("sorts browser errors: a failed fetch is an unreachable host, anything else an engine failure", () => {
    expect(toUiError(new TypeError("Failed to fetch")).code).toBe("llm/model-unreachable")
    const other = toUiError(new Error("boom\nstack"))
    expect(other).toMatchObject({ code: "llm/engine-failed" })
    expect(other.message).toMatch(/boom/)
    expect(other).not.toHaveProperty("field")
  })
})
