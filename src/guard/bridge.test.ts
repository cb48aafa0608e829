import { describe, expect, it } from "vitest"

import { connectBridge, type BridgeWindow } from "./bridge"
import { HANDSHAKE_EVENT, newChannelName, parseDetail, toRelayEvent, type Handshake } from "./channel"

/** A window stand-in: node's EventTarget and CustomEvent behave like the browser's (synchronous dispatch). */
function fakeWindow(): BridgeWindow & EventTarget {
  const target = new EventTarget() as EventTarget & BridgeWindow
  Object.assign(target, { CustomEvent, crypto: globalThis.crypto })
  return target
}

/** A relay stand-in speaking the same protocol as contents/lib/startRelay.ts. */
function relay(win: EventTarget, onMessage: (m: unknown) => void) {
  let channel: string | undefined
  win.addEventListener(HANDSHAKE_EVENT, (e) => {
    const hello = parseDetail<Handshake>((e as CustomEvent).detail)
    if (channel || hello?.from !== "guard") return
    channel = hello.channel
    win.addEventListener(toRelayEvent(channel), (m) => onMessage(parseDetail((m as CustomEvent).detail)))
    win.dispatchEvent(new CustomEvent(`${channel}:to-guard`, { detail: JSON.stringify({ kind: "connected" }) }))
  })
  win.dispatchEvent(new CustomEvent(HANDSHAKE_EVENT, { detail: JSON.stringify({ from: "relay" }) }))
  return () => channel
}

describe("guard ↔ relay bridge", () => {
  it("connects when the guard starts first", () => {
    const win = fakeWindow()
    const bridge = connectBridge(win)
    expect(bridge.connected).toBe(false)
    const got: unknown[] = []
    relay(win, (m) => got.push(m))
    expect(bridge.connected).toBe(true)
    bridge.send({ kind: "review", id: "1", request: { method: "personal_sign" }, origin: "https://a.test", href: "https://a.test/" })
    expect(got).toEqual([{ kind: "review", id: "1", request: { method: "personal_sign" }, origin: "https://a.test", href: "https://a.test/" }])
  })

  it("connects when the relay starts first", () => {
    const win = fakeWindow()
    const channelOf = relay(win, () => {})
    const bridge = connectBridge(win)
    expect(bridge.connected).toBe(true)
    expect(channelOf()).toMatch(/^mamori:[0-9a-f]{32}$/)
  })

  it("ignores a forged handshake once connected, and forged decisions on the public event name", () => {
    const win = fakeWindow()
    const bridge = connectBridge(win)
    relay(win, () => {})
    const decisions: unknown[] = []
    bridge.onMessage((m) => decisions.push(m))
    // A page script can only guess names; the channel has 128 random bits.
    win.dispatchEvent(new CustomEvent(HANDSHAKE_EVENT, { detail: JSON.stringify({ from: "relay" }) }))
    win.dispatchEvent(new CustomEvent("mamori:to-guard", { detail: JSON.stringify({ kind: "decision", id: "1", allow: true }) }))
    expect(decisions).toEqual([])
  })

  it("makes distinct channel names and parses only JSON objects", () => {
    const a = newChannelName((b) => crypto.getRandomValues(b))
    const b = newChannelName((b) => crypto.getRandomValues(b))
    expect(a).not.toBe(b)
    expect(parseDetail("not json")).toBeUndefined()
    expect(parseDetail(42)).toBeUndefined()
    expect(parseDetail("null")).toBeUndefined()
    expect(parseDetail('{"kind":"connected"}')).toEqual({ kind: "connected" })
  })
})
