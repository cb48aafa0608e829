/** Problems in one core file (`file` relative to the repository root). */
export function coreProblems(file: string, text: string): string[]
/** Every problem in src/ of the repository at `root`. */
export function checkCore(root: string): string[]
