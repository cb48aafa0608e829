/** How the CPU engine (wllama) runs on this page, for the label the Models tab and the engine show. */
export type CpuThreading = {
  /** Threads llama.cpp uses (1 unless the page is cross-origin isolated). */
  threads: number
  /** Whether the page is cross-origin isolated (SharedArrayBuffer, so wasm threads are possible). */
  crossOriginIsolated: boolean
  /** Logical cores (`navigator.hardwareConcurrency`), to say why an isolated page still runs one thread. */
  cores?: number
}

/**
 * "CPU, 2 threads", "CPU, 1 thread (not isolated)" (the page cannot have threads), or, isolated but one
 * thread by choice, "CPU, 1 thread (2 cores)": the engine leaves half the cores to the browser.
 */
export function describeCpuThreads({ threads, crossOriginIsolated, cores }: CpuThreading): string {
  if (threads > 1) return `CPU, ${threads} threads`
  if (!crossOriginIsolated) return "CPU, 1 thread (not isolated)"
  return cores ? `CPU, 1 thread (${cores} ${cores === 1 ? "core" : "cores"})` : "CPU, 1 thread"
}
