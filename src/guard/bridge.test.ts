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
  const ask = () => win.dispatchEvent(new CustomEvent(HANDSHAKE_EVENT, { detail: JSON.stringify({ from: "relay" }) }))
  win.addEventListener(HANDSHAKE_EVENT, (e) => {
    if (channel) return
    const hello = parseDetail<Handshake>((e as CustomEvent).detail)
    if (hello?.from !== "guard") return
    if (!hello.channel) return void ask()
    channel = hello.channel
    win.addEventListener(toRelayEvent(channel), (m) => onMessage(parseDetail((m as CustomEvent).detail)))
    win.dispatchEvent(new CustomEvent(`${channel}:to-guard`, { detail: JSON.stringify({ kind: "connected" }) }))
  })
  ask()
  return () => channel
}

const review = { kind: "review", id: "1", requestJson: '{"method":"personal_sign"}', href: "https://a.test/" } as const

describe("guard ↔ relay bridge", () => {
  it("connects when the guard starts first, without announcing the channel to anyone who did not ask", () => {
    const win = fakeWindow()
    const overheard: unknown[] = []
    win.addEventListener(HANDSHAKE_EVENT, (e) => overheard.push(parseDetail((e as CustomEvent).detail)))
    const bridge = connectBridge(win)
    expect(overheard).toEqual([{ from: "guard" }])
    expect(bridge.connected).toBe(false)
    const got: unknown[] = []
    relay(win, (m) => got.push(m))
    expect(bridge.connected).toBe(true)
    bridge.send(review)
    expect(got).toEqual([review])
  })

  it("connects when the relay starts first", () => {
    const win = fakeWindow()
    const channelOf = relay(win, () => {})
    const bridge = connectBridge(win)
    expect(bridge.connected).toBe(true)
    expect(channelOf()).toMatch(/^mamori:[0-9a-f]{32}$/)
  })

  it("hands the channel out once: a second claimant gets nothing and the bridge fails closed", () => {
    const win = fakeWindow()
    const bridge = connectBridge(win)
    relay(win, () => {})
    const decisions: unknown[] = []
    bridge.onMessage((m) => decisions.push(m))
    const answers: unknown[] = []
    win.addEventListener(HANDSHAKE_EVENT, (e) => answers.push(parseDetail((e as CustomEvent).detail)))
    win.dispatchEvent(new CustomEvent(HANDSHAKE_EVENT, { detail: JSON.stringify({ from: "relay" }) }))
    expect(answers).toEqual([{ from: "relay" }])
    expect(bridge.compromised).toBe(true)
    expect(bridge.connected).toBe(false)
    win.dispatchEvent(new CustomEvent("mamori:to-guard", { detail: JSON.stringify({ kind: "decision", id: "1", allow: true }) }))
    expect(decisions).toEqual([])
  })

  it("reads event details with the built-ins it captured, not the page's later patches", () => {
    const win = fakeWindow()
    const bridge = connectBridge(win)
    const channelOf = relay(win, () => {})
    const decisions: unknown[] = []
    bridge.onMessage((m) => decisions.push(m))
    const parse = JSON.parse
    const detail = Object.getOwnPropertyDescriptor(CustomEvent.prototype, "detail")!
    try {
      JSON.parse = () => ({ kind: "decision", id: "1", allow: true })
      Object.defineProperty(CustomEvent.prototype, "detail", { get: () => '{"kind":"decision","id":"1","allow":true}', configurable: true })
      win.dispatchEvent(new (globalThis as any).CustomEvent(`${channelOf()}:to-guard`, { detail: '{"kind":"decision","id":"1","allow":false}' }))
    } finally {
      JSON.parse = parse
      Object.defineProperty(CustomEvent.prototype, "detail", detail)
    }
    expect(decisions).toEqual([{ kind: "decision", id: "1", allow: false }])
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
