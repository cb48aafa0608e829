import type { AuditResult } from "../audit/types"
import type { FeeEdit, FeeView } from "../wallet/feeEdit"

/** What the review window shows for one request. Plain data: it crosses a port to the window page. */
export type ReviewItem = {
  id: string
  origin: string
  /** The frame's address when the request came from a same-origin child frame or an opaque (data:, blob:) frame. */
  frameHref?: string
  method: string
  providerName?: string
  /** The exact JSON the wallet will receive when the user continues. */
  requestJson: string
  outcome?: { ok: true; result: AuditResult; auditMs?: number } | { ok: false; error: string }
  /** The page's own eth_chainId answer when it differs from the chain the request was judged on. */
  chainNote?: string
  /** Mamori's own wallet: the transaction's fees, which the user may edit before Continue. */
  fees?: FeeView
}
export type QueueDecision = { allow: boolean; reason: string; timedOut?: boolean; fees?: FeeEdit }

/** At most this many requests per tab wait for the user; more are rejected at once (no silent flood). */
export const MAX_PENDING_PER_TAB = 20
/** A request nobody answers is rejected after this long, visibly (the notice says it timed out). */
export const REVIEW_TIMEOUT_MS = 10 * 60_000

type Entry = { item: ReviewItem; tabId: number; decide: (d: QueueDecision) => void; timer: unknown }
export type Timers = { set: (fn: () => void, ms: number) => unknown; clear: (t: unknown) => void }

/**
 * The queue of requests waiting for the user's answer in the review window, oldest first. Every way out ends
 * in exactly one decision: the user's click, the window closed, the tab navigated or closed, the time-out.
 * Pure: the window and the ports are driven by the caller through `onChange`.
 */
export class ReviewQueue {
  private entries: Entry[] = []
  constructor(
    private readonly onChange: (items: ReviewItem[]) => void,
    private readonly timers: Timers = { set: (f, ms) => setTimeout(f, ms), clear: (t) => clearTimeout(t as number) },
    private readonly timeoutMs = REVIEW_TIMEOUT_MS
  ) {}

  get items(): ReviewItem[] {
    return this.entries.map((e) => e.item)
  }

  /** Whether a tab may queue one more request, counting `reserved` ones still being checked. */
  hasRoom(tabId: number, reserved = 0): boolean {
    return this.entries.filter((e) => e.tabId === tabId).length + reserved < MAX_PENDING_PER_TAB
  }

  /** Adds a request; false (and nothing queued) when its tab already has too many waiting. */
  add(item: ReviewItem, tabId: number, decide: (d: QueueDecision) => void): boolean {
    if (!this.hasRoom(tabId)) return false
    const timer = this.timers.set(() => this.finish(item.id, { allow: false, reason: "Mamori's review timed out, so the request was rejected.", timedOut: true }), this.timeoutMs)
    this.entries.push({ item, tabId, decide, timer })
    this.onChange(this.items)
    return true
  }

  /** Updates an item (its verdict arrived). */
  update(id: string, change: Partial<ReviewItem>): void {
    const e = this.entries.find((x) => x.item.id === id)
    if (!e) return
    e.item = { ...e.item, ...change }
    this.onChange(this.items)
  }

  /**
   * The user's answer, from the review window. Only the item on screen (the first) can be answered. `fees`: the
   * fees the user set, kept only for an item that offered them (checked again by the wallet before signing).
   */
  answer(id: string, allow: boolean, fees?: FeeEdit): boolean {
    if (this.entries[0]?.item.id !== id) return false
    if (allow && !this.entries[0].item.outcome) return false
    const edited = allow && fees && this.entries[0].item.fees ? { fees } : {}
    return this.finish(id, { allow, reason: allow ? "Continued in Mamori's review window." : "Rejected in Mamori.", ...edited })
  }

  /** Rejects one request (its tab navigated or closed, its frame went away). */
  drop(id: string, reason: string): boolean {
    return this.finish(id, { allow: false, reason })
  }

  /** Rejects every waiting request (the window was closed). */
  rejectAll(reason: string): void {
    for (const e of [...this.entries]) this.finish(e.item.id, { allow: false, reason })
  }

  private finish(id: string, decision: QueueDecision): boolean {
    const i = this.entries.findIndex((e) => e.item.id === id)
    if (i < 0) return false
    const [e] = this.entries.splice(i, 1)
    this.timers.clear(e.timer)
    e.decide(decision)
    this.onChange(this.items)
    return true
  }
}
