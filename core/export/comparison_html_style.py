"""The inline stylesheet of the comparison's HTML export (kept apart so the page builder stays readable)."""

from __future__ import annotations

STYLE = """
:root {
  --ink: #1d1f23; --muted: #5f6670; --rule: #d9dde3; --paper: #ffffff; --page: #f4f5f7;
  --agree: #2e7d32; --agree-bg: #eef7ee;
  --differ: #b25e00; --differ-bg: #fff5e5;
  --only: #1f5fae; --only-bg: #eaf1fc;
  --absent: #8a9099; --absent-bg: #eceef1;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink);
  font: 15px/1.5 Georgia, "DejaVu Serif", "Times New Roman", serif; }
header, main { max-width: 1600px; margin: 0 auto; padding: 0 24px; }
.app, .outlet, .meta, .source, .summary, .claims th, .mark, .missing, .notes, .kind {
  font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
.app { margin: 20px 0 10px; font-size: 13px; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); }
.articles { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 12px; }
.article { background: var(--paper); border: 1px solid var(--rule); border-radius: 8px; padding: 12px 16px; }
.article h1 { font-size: 18px; line-height: 1.3; margin: 4px 0 6px; }
.outlet { margin: 0; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .06em;
  color: var(--muted); }
.outlet b { display: inline-block; min-width: 1.6em; padding: 0 4px; margin-right: 4px; border-radius: 4px;
  background: var(--rule); color: var(--ink); text-align: center; }
.meta, .source { margin: 2px 0 0; font-size: 13px; color: var(--muted); }
.source code { font-size: 12px; overflow-wrap: anywhere; }
.summary { margin: 14px 0 8px; padding: 10px 0; border-bottom: 1px solid var(--rule); font-size: 13px; }
.summary .count { margin: 0 0 8px; font-size: 14px; }
.tables { display: flex; flex-wrap: wrap; gap: 16px 32px; align-items: flex-start; }
.figures, .matrix { border-collapse: collapse; background: var(--paper); }
.figures th, .figures td, .matrix th, .matrix td { padding: 3px 10px; border: 1px solid var(--rule);
  text-align: right; }
.figures th[scope=row], .matrix th[scope=row] { text-align: left; }
.matrix caption { caption-side: top; text-align: left; padding-bottom: 4px; color: var(--muted); }
.matrix td { background: linear-gradient(to right, var(--agree-bg) var(--share), transparent var(--share)); }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 10px 0 0; padding: 0;
  color: var(--muted); }
.claims { width: 100%; border-collapse: separate; border-spacing: 0 0; table-layout: fixed; margin: 12px 0 32px;
  min-width: calc(var(--outlets) * 220px + 84px); }
.claims thead th { position: sticky; top: 0; z-index: 1; background: var(--page); padding: 8px 10px;
  border-bottom: 2px solid var(--rule); font-size: 12px; font-weight: 700; text-transform: uppercase;
  letter-spacing: .06em; color: var(--muted); text-align: left; }
.claims .num { width: 84px; text-align: right; vertical-align: top; padding: 8px 10px 8px 0; font-size: 13px; }
.num a { color: var(--muted); font-weight: 700; text-decoration: none; }
.kind { display: block; font-size: 10px; color: var(--muted); text-transform: uppercase; letter-spacing: .02em; }
.claim td { vertical-align: top; padding: 8px 10px; background: var(--paper); border-top: 1px solid var(--rule);
  border-left: 4px solid transparent; overflow-wrap: anywhere; }
.claim tr:first-child td, .claim tr:first-child th { border-top: 10px solid var(--page); }
.mark { display: inline-block; min-width: 1.4em; font-weight: 700; text-align: center; }
td.v-agree { border-left-color: var(--agree); }
td.v-agree .mark, .legend .v-agree .mark { color: var(--agree); }
td.v-differ { border-left-color: var(--differ); background: var(--differ-bg); }
td.v-differ .mark, .legend .v-differ .mark { color: var(--differ); }
td.v-only { border-left-color: var(--only); background: var(--only-bg); }
td.v-only .mark, .legend .v-only .mark { color: var(--only); }
td.v-absent { border-left-color: var(--absent); background: var(--absent-bg); color: var(--absent); }
td.v-absent .mark, .legend .v-absent .mark { color: var(--absent); }
.missing { font-size: 13px; font-style: italic; }
.notes td { padding: 2px 10px 8px; background: var(--paper); font-size: 13px; color: var(--muted); }
.notes ul { margin: 0; padding-left: 18px; }
main { overflow-x: auto; }
@media print {
  body { background: #fff; font-size: 10pt; }
  .claims thead th { position: static; }
  .claims { min-width: 0; }
}
"""
"""CSS for the exported page: light theme, one colour per outlet verdict, a wide table that scrolls sideways."""
