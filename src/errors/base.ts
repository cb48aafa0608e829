/**
 * The one error hierarchy of Mamori. Every error a user or a script can meet is a `MamoriError`
 * with a short message a person can act on, optional details, and the cause it wraps.
 */
export type MamoriErrorParameters = {
  /** A stable machine-readable code, e.g. `audit/decode-failed`. */
  code: string
  details?: string
  cause?: unknown
  metaMessages?: string[]
}

export class MamoriError extends Error {
  override name = "MamoriError"
  readonly shortMessage: string
  readonly code: string
  readonly details?: string
  readonly metaMessages?: string[]

  constructor(shortMessage: string, params: MamoriErrorParameters) {
    const lines = [shortMessage]
    if (params.metaMessages?.length) lines.push("", ...params.metaMessages)
    if (params.details) lines.push("", `Details: ${params.details}`)
    super(lines.join("\n"), params.cause === undefined ? undefined : { cause: params.cause })
    this.shortMessage = shortMessage
    this.code = params.code
    this.details = params.details
    this.metaMessages = params.metaMessages
  }
}

/** Turns anything thrown into a one-line message fit to show a user. */
export function errorMessage(error: unknown): string {
  if (error instanceof MamoriError) return error.shortMessage
  if (error instanceof Error) return error.message.split("\n")[0] ?? error.name
  if (typeof error === "string") return error
  try {
    return JSON.stringify(error) ?? String(error)
  } catch {
    return String(error)
  }
}
