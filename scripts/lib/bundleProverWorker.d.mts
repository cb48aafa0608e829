/** Bundles lib/proverWorker.ts into `outfile` (one classic worker script); resolves with `outfile`. */
export function bundleProverWorker(root: string, outfile: string): Promise<string>
