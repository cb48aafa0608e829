/** The review window's stylesheet: the buttons sit in a footer that never scrolls away. */
export const REVIEW_CSS = `
html, body { margin: 0; height: 100%; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #17242b; background: #fffdf8; }
.page { display: flex; flex-direction: column; height: 100vh; }
.head { display: flex; justify-content: space-between; gap: 8px; align-items: center; padding: 10px 16px; background: #17242b; color: #faf6ee; flex-shrink: 0; }
.head small { opacity: 0.85; word-break: break-all; }
.banner { padding: 12px 16px; font-size: 17px; font-weight: 650; flex-shrink: 0; }
.banner.danger { background: #b3261e; color: #fff; }
.banner.warning { background: #f2b705; color: #231a00; }
.banner.safe { background: #2e7d4f; color: #fff; }
.banner.unknown, .banner.checking, .banner.error { background: #5b6b73; color: #fff; }
.scroll { flex: 1 1 auto; overflow: auto; min-height: 60px; }
.body { padding: 10px 16px 4px; }
.summary { margin: 4px 0 10px; }
.note { background: #fff4d6; border-radius: 6px; padding: 6px 8px; }
h3 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.06em; color: #5b6b73; margin: 14px 0 6px; }
ul { margin: 0; padding-left: 18px; }
li { margin: 3px 0; }
.finding.danger b { color: #b3261e; }
.finding.warning b { color: #8a6500; }
.finding.unknown b, .finding.info b { color: #5b6b73; }
.mono, pre, code { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: 12px; word-break: break-all; white-space: pre-wrap; }
pre { background: #f1ede4; padding: 8px; border-radius: 6px; max-height: 220px; overflow: auto; }
.explain { background: #eef4f6; border-radius: 6px; padding: 8px 10px; min-height: 1.4em; white-space: pre-wrap; }
.explain small { display: block; color: #5b6b73; margin-top: 4px; }
.actions { flex-shrink: 0; display: flex; gap: 10px; justify-content: flex-end; align-items: center; padding: 10px 16px 14px; flex-wrap: wrap;
  border-top: 1px solid #e4ddd0; background: #fffdf8; }
button { font: inherit; padding: 8px 16px; border-radius: 8px; cursor: pointer; border: 1px solid #17242b; }
button.reject { background: #17242b; color: #fff; }
button.continue { background: #fff; color: #17242b; }
button.continue.risky { border-color: #b3261e; color: #b3261e; }
button:disabled { opacity: 0.45; cursor: not-allowed; }
button:focus-visible { outline: 3px solid #4aa3c7; outline-offset: 2px; }
label.confirm { flex-basis: 100%; font-size: 13px; color: #b3261e; display: flex; gap: 6px; align-items: flex-start; }
label.fee { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin: 4px 0; }
label.fee input { font: inherit; width: 9em; padding: 4px 6px; border: 1px solid #b9b0a0; border-radius: 6px; text-align: right; }
.fee-problem { color: #b3261e; margin: 4px 0; }
.fee-problem:empty { display: none; }
.empty { padding: 24px 16px; color: #5b6b73; }
`
