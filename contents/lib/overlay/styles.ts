/** The overlay's stylesheet, scoped by its shadow root so the page cannot restyle or hide it. */
export const OVERLAY_CSS = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; background: rgba(10, 20, 26, 0.55); display: flex; align-items: flex-start;
  justify-content: center; z-index: 2147483647; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #17242b; }
.panel { margin-top: 5vh; width: min(560px, 94vw); max-height: 88vh; overflow: auto; background: #fffdf8; border-radius: 12px;
  box-shadow: 0 18px 60px rgba(0,0,0,0.35); }
.head { display: flex; justify-content: space-between; align-items: center; padding: 10px 16px; background: #17242b; color: #faf6ee; border-radius: 12px 12px 0 0; }
.head b { letter-spacing: 0.02em; }
.head small { opacity: 0.8; }
.banner { padding: 12px 16px; font-size: 17px; font-weight: 650; }
.banner.danger { background: #b3261e; color: #fff; }
.banner.warning { background: #f2b705; color: #231a00; }
.banner.safe { background: #2e7d4f; color: #fff; }
.banner.unknown, .banner.checking, .banner.error { background: #5b6b73; color: #fff; }
.body { padding: 10px 16px 4px; }
.summary { margin: 4px 0 10px; }
h3 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.06em; color: #5b6b73; margin: 14px 0 6px; }
ul { margin: 0; padding-left: 18px; }
li { margin: 3px 0; }
.finding.danger b { color: #b3261e; }
.finding.warning b { color: #8a6500; }
.finding.unknown b, .finding.info b { color: #5b6b73; }
.kv { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; font-size: 13px; }
.mono, pre, code { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: 12px; word-break: break-all; white-space: pre-wrap; }
pre { background: #f1ede4; padding: 8px; border-radius: 6px; max-height: 220px; overflow: auto; }
.explain { background: #eef4f6; border-radius: 6px; padding: 8px 10px; min-height: 1.4em; white-space: pre-wrap; }
.explain small { display: block; color: #5b6b73; margin-top: 4px; }
.actions { display: flex; gap: 10px; justify-content: flex-end; align-items: center; padding: 12px 16px 16px; flex-wrap: wrap; }
button { font: inherit; padding: 8px 16px; border-radius: 8px; cursor: pointer; border: 1px solid #17242b; }
button.reject { background: #17242b; color: #fff; }
button.continue { background: #fff; color: #17242b; }
button.continue.risky { border-color: #b3261e; color: #b3261e; }
button:disabled { opacity: 0.45; cursor: not-allowed; }
button:focus-visible { outline: 3px solid #4aa3c7; outline-offset: 2px; }
label.confirm { flex-basis: 100%; font-size: 13px; color: #b3261e; display: flex; gap: 6px; align-items: flex-start; }
`
