/** The Studio tab's few styles (kept beside its components; the popup's stylesheet belongs to the shell). */
export const STUDIO_CSS = `
.studio button { margin: 4px 4px 4px 0; }
.studio .muted { color: #4a5a62; font-size: 12px; }
.studio .notice { background: #fff6d6; border-left: 4px solid #f2b705; padding: 4px 8px; }
.studio-steps { padding-left: 20px; margin: 6px 0; }
.studio-steps li { color: #8a979d; }
.studio-steps li.done { color: #2e7d4f; }
.studio-steps li.done::marker { content: "✓ "; }
.studio-steps li.current { color: #17242b; font-weight: 600; }
.studio .tx { display: block; font-size: 11px; word-break: break-all; font-weight: normal; }
.studio-gallery { list-style: none; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 6px; }
.studio-gallery canvas { width: 160px !important; height: 160px !important; }
.studio-gallery img { width: 160px !important; height: 160px !important; }
.studio-gallery span { font-size: 12px; display: block; }
`
