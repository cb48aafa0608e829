import { errorMessage, MamoriError } from "~src/errors/base"

/** Every Studio handler answers {ok: true, ...} or {ok: false, error}: the popup explains, never throws. */
export type StudioReply<T> = ({ ok: true } & T) | { ok: false; error: { code: string; message: string } }

export async function reply<T>(work: () => Promise<T>): Promise<StudioReply<T>> {
  try {
    return { ok: true, ...(await work()) }
  } catch (error) {
    return { ok: false, error: { code: error instanceof MamoriError ? error.code : "studio/failed", message: errorMessage(error) } }
  }
}
