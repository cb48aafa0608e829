import { describe, expect, it } from "vitest"

import { WalletError } from "../wallet/errors"
import { createAsk } from "./ask"
import { identifyCaller, type SenderLike } from "./caller"
import { handle, type IncomingMessage } from "./handle"
import { MESSAGE_CALLERS, type MessageName } from "./protocol"
import { unwrap, type Result } from "./result"

const extension = { id: "abcdefghijklmnop", origin: "chrome-extension://abcdefghijklmnop" }
const popup: SenderLike = { id: extension.id, url: `${extension.origin}/popup.html` }
const optionsTab: SenderLike = { id: extension.id, url: `${extension.origin}/options.html`, tab: { id: 4 }, origin: extension.origin }
const contentScript: SenderLike = { id: extension.id, url: "https://dapp.example/swap", origin: "https://dapp.example", tab: { id: 7 }, frameId: 0 }

/** Runs a handler as the runtime would and returns what it sent back. */
async function call(handler: (m: IncomingMessage, r: { send(x: unknown): void }) => Promise<void>, message: IncomingMessage): Promise<Result<unknown>> {
  let reply: unknown
  await handler(message, { send: (r) => void (reply = r) })
  return reply as Result<unknown>
}

describe("identifyCaller", () => {
  it("tells the extension's pages (with or without a tab) from content scripts, by URL, not by tab", () => {
    expect(identifyCaller(popup, extension)).toEqual({ kind: "extension-page", url: popup.url })
    expect(identifyCaller(optionsTab, extension)?.kind).toBe("extension-page")
    expect(identifyCaller(contentScript, extension)).toEqual({ kind: "content-script", origin: "https://dapp.example", tabId: 7, frameId: 0 })
    expect(identifyCaller({ ...contentScript, documentId: "D0C" }, extension)).toStrictEqual({
      kind: "content-script",
      origin: "https://dapp.example",
      tabId: 7,
      frameId: 0,
      documentId: "D0C"
    })
  })

  it("uses Chromium's frame origin (about:blank frames have no URL origin) and refuses what it cannot place", () => {
    expect(identifyCaller({ ...contentScript, url: "about:blank", origin: "https://parent.example" }, extension)).toMatchObject({ origin: "https://parent.example" })
    expect(identifyCaller({ ...contentScript, origin: undefined }, extension)).toMatchObject({ origin: "https://dapp.example" })
    expect(identifyCaller({ ...contentScript, url: "about:blank", origin: undefined }, extension)).toBeUndefined()
    expect(identifyCaller({ ...contentScript, tab: undefined }, extension)).toBeUndefined()
    expect(identifyCaller({ ...popup, id: "another-extension" }, extension)).toBeUndefined()
    expect(identifyCaller({ ...popup, url: "chrome-extension://abcdefghijklmnop.evil/popup.html" }, extension)).toBeUndefined()
    expect(identifyCaller(undefined, extension)).toBeUndefined()
  })
})

describe("handle", () => {
  const history = handle("shield-history", async () => ({ entries: [], settings: { sites: {}, rpcUrls: {} } as never }), { extension: () => extension })

  it("answers allowed callers with { ok: true, value }", async () => {
    expect(await call(history, { sender: popup })).toEqual({ ok: true, value: { entries: [], settings: { sites: {}, rpcUrls: {} } } })
  })

  it("refuses a content script for a message meant for the extension's pages, without running the work", async () => {
    let ran = false
    const exportKey = handle("studio-account", async () => ((ran = true), { account: { kind: "none" } }), { extension: () => extension })
    expect(await call(exportKey, { sender: contentScript, body: { action: "export", password: "x" } })).toEqual({
      ok: false,
      error: { code: "messaging/forbidden", message: '"studio-account" is not available to this caller.' }
    })
    expect(await call(exportKey, { sender: undefined })).toMatchObject({ ok: false, error: { code: "messaging/forbidden" } })
    expect(ran).toBe(false)
  })

  it("hands the work Chromium's origin for a content script, whatever the body says", async () => {
    const seen: unknown[] = []
    const audit = handle("shield-audit", async (body, caller) => (seen.push(caller, body), { entryId: "e", policy: "review" as const }), { extension: () => extension })
    const body = { request: { method: "personal_sign" }, href: "https://dapp.example/", origin: "https://trusted.example" }
    expect(await call(audit, { sender: contentScript, body })).toMatchObject({ ok: true })
    expect(seen[0]).toMatchObject({ kind: "content-script", origin: "https://dapp.example" })
    expect(await call(audit, { sender: popup, body })).toMatchObject({ ok: false, error: { code: "messaging/forbidden" } })
  })

  it("turns anything thrown into { ok: false } with the error's code, or the message's fallback code", async () => {
    const wallet = handle("studio-account", async () => Promise.reject(new WalletError("Wrong password.", { code: "wallet/wrong-password" })), { extension: () => extension })
    expect(await call(wallet, { sender: popup, body: { action: "unlock", password: "x" } })).toEqual({
      ok: false,
      error: { code: "wallet/wrong-password", message: "Wrong password." }
    })
    const crash = handle(
      "studio-jobs",
      async () => {
        throw new TypeError("boom\nstack")
      },
      { extension: () => extension }
    )
    expect(await call(crash, { sender: popup })).toEqual({ ok: false, error: { code: "studio-jobs/failed", message: "boom" } })
  })

  it("passes a non-object body as undefined (handlers validate what they read)", async () => {
    const seen: unknown[] = []
    const h = handle("studio-mint", async (body) => (seen.push(body), { job: {} as never }), { extension: () => extension })
    await call(h, { sender: popup, body: "prompt" })
    await call(h, { sender: popup, body: null })
    expect(seen).toEqual([undefined, undefined])
  })

  it("content scripts may only ask for a review, report a decision, and send a page's wallet request", () => {
    const forContentScripts = (Object.keys(MESSAGE_CALLERS) as MessageName[]).filter((n) => MESSAGE_CALLERS[n].includes("content-script"))
    // wallet-rpc takes the page's origin from Chromium's sender; its signing methods wait for a click in Mamori's window.
    expect(forContentScripts.sort()).toEqual(["shield-audit", "shield-decision", "wallet-rpc"])
  })
})

describe("createAsk", () => {
  it("returns the handler's result as is", async () => {
    const ask = createAsk(async (m) => ({ ok: true, value: { version: "1", registeredScripts: [], echo: m.name } }))
    expect(await ask("ping", {})).toEqual({ ok: true, value: { version: "1", registeredScripts: [], echo: "ping" } })
  })

  it("turns a dead worker, a time-out and a malformed reply into failures with their own codes", async () => {
    expect(await createAsk(() => Promise.reject(new Error("Could not establish connection.")))("ping", {})).toEqual({
      ok: false,
      error: { code: "messaging/unreachable", message: "Mamori's service worker is not answering: Could not establish connection." }
    })
    expect(await createAsk(() => new Promise(() => {}), { timeoutMs: 20 })("ping", {})).toMatchObject({ ok: false, error: { code: "messaging/timeout" } })
    expect(await createAsk(async () => undefined)("ping", {})).toMatchObject({ ok: false, error: { code: "messaging/bad-reply" } })
    expect(await createAsk(async () => ({ ok: false, error: "x" }))("ping", {})).toMatchObject({ ok: false, error: { code: "messaging/bad-reply" } })
  })

  it("unwrap gives the value or throws a MessageError with the code", async () => {
    expect(unwrap({ ok: true, value: 3 })).toBe(3)
    expect(() => unwrap({ ok: false, error: { code: "wallet/locked", message: "Locked." } })).toThrowError(
      expect.objectContaining({ code: "wallet/locked", shortMessage: "Locked." })
    )
  })
})
