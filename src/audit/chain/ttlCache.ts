/** A small LRU cache with a time-to-live per entry (Map keeps insertion order; re-insert on hit). */
export class TtlCache<V> {
  private readonly map = new Map<string, { value: V; expires: number }>()
  constructor(
    private readonly maxEntries = 500,
    private readonly ttlMs = 60_000,
    private readonly clock: () => number = Date.now
  ) {}

  get(key: string): V | undefined {
    const hit = this.map.get(key)
    if (!hit) return undefined
    if (hit.expires <= this.clock()) {
      this.map.delete(key)
      return undefined
    }
    this.map.delete(key)
    this.map.set(key, hit)
    return hit.value
  }

  set(key: string, value: V): void {
    this.map.delete(key)
    this.map.set(key, { value, expires: this.clock() + this.ttlMs })
    while (this.map.size > this.maxEntries) {
      const oldest = this.map.keys().next().value
      if (oldest === undefined) break
      this.map.delete(oldest)
    }
  }

  clear(): void {
    this.map.clear()
  }

  get size(): number {
    return this.map.size
  }
}
