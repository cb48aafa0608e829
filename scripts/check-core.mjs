// Keeps src/ the pure core (run by `npm run typecheck` and `npm test`): no import from outside src/ (nor
// node built-ins), no chrome.*, no DOM globals. src/tsconfig.json already compiles src/ without DOM and
// chrome types; this catches what types cannot (imports of other folders, `globalThis.chrome`, lib refs).
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const BROWSER_GLOBALS = ["chrome", "browser", "document", "window", "navigator", "localStorage", "sessionStorage", "indexedDB", "importScripts"]

/** Problems in one core file (`file` relative to the repository root, e.g. "src/a/b.ts"). */
export function coreProblems(file, text) {
  const problems = []
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1")
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g)) {
    const spec = m[1]
    if (spec.startsWith(".")) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec))
      if (!target.startsWith("src/")) problems.push(`${file}: imports ${spec} from outside src/`)
    } else if (spec.startsWith("~") && !spec.startsWith("~src/")) problems.push(`${file}: imports ${spec} from outside src/`)
    else if (spec.startsWith("node:") || /^(fs|path|os|child_process|http|https|net|crypto|url|worker_threads)(\/|$)/.test(spec))
      problems.push(`${file}: imports the node built-in ${spec}`)
    else if (spec === "chrome" || spec.startsWith("@types/chrome") || spec === "plasmo" || spec.startsWith("@plasmohq/")) problems.push(`${file}: imports ${spec}`)
  }
  for (const m of text.matchAll(/\/\/\/\s*<reference\s+(?:lib|types)=["']([^"']+)["']/g)) problems.push(`${file}: references ${m[1]} types`)
  const strip = code.replace(/(["'`])(?:\\.|(?!\1)[^\\\n])*\1/g, '""')
  for (const name of BROWSER_GLOBALS)
    if (new RegExp(`(?<![\\w.$])(?:globalThis\\s*\\.\\s*|\\(globalThis as any\\)\\s*\\.\\s*)?${name}\\s*(?:\\?\\.|\\.)\\s*[A-Za-z_$]`).test(strip))
      problems.push(`${file}: uses ${name}.*`)
  return problems
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

/** Every problem in src/ (tests may import test kits and node modules; they are not the core). */
export function checkCore(root) {
  return walk(path.join(root, "src"))
    .filter((f) => /\.(ts|tsx|mts)$/.test(f) && !/\.test(-data)?\.ts$/.test(f) && !f.endsWith(".d.ts"))
    .flatMap((f) => coreProblems(path.relative(root, f).split(path.sep).join("/"), readFileSync(f, "utf8")))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const problems = checkCore(path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."))
  for (const p of problems) console.error(p)
  if (problems.length) {
    console.error(`check-core: ${problems.length} problem(s): src/ must stay pure (see src/tsconfig.json)`)
    process.exit(1)
  }
  console.log("check-core: src/ is pure")
}
