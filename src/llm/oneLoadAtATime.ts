/**
 * The load discipline both engines follow (one model at a time): loading the model already loaded does
 * nothing, loading the model being loaded joins that load, and loading another model waits for the
 * running load to settle (whatever its outcome) before it starts.
 */
export class OneLoadAtATime {
  private loading?: { id: string; promise: Promise<void> }

  /** `isLoaded(id)`: whether that model is the engine's loaded one; `start` does the load. */
  async load(id: string, isLoaded: (id: string) => boolean, start: () => Promise<void>): Promise<void> {
    if (isLoaded(id) && !this.loading) return
    if (this.loading?.id === id) return this.loading.promise
    if (this.loading) await this.loading.promise.catch(() => undefined)
    const promise = start()
    this.loading = { id, promise }
    try {
      await promise
    } finally {
      if (this.loading?.promise === promise) this.loading = undefined
    }
  }
}
