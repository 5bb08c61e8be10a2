"""The inline stylesheet of the HTML export (kept apart so the page builder stays readable)."""

from __future__ import annotations

STYLE = """
:root {
  --ink: #1d1f23; --muted: #5f6670; --rule: #d9dde3; --paper: #ffffff; --page: #f4f5f7;
  --agree: #2e7d32; --agree-bg: #eef7ee;
  --differ: #b25e00; --differ-bg: #fff5e5;
  --left-only: #1f5fae; --left-only-bg: #f3f7fd;
  --right-only: #7b3aa0; --right-only-bg: #f9f4fc;
  --del: #fbd3d0; --ins: #cdeccf;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink);
  font: 15px/1.55 Georgia, "DejaVu Serif", "Times New Roman", serif; }
header, main { max-width: 1320px; margin: 0 auto; padding: 0 24px; }
.app, .outlet, .meta, .source, .summary, .head, .columns, .reasons, .missing {
  font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
.app { margin: 20px 0 10px; font-size: 13px; letter-spacing: .08em; text-transform: uppercase;
  color: var(--muted); }
.articles { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.article { background: var(--paper); border: 1px solid var(--rule); border-radius: 8px; padding: 14px 18px; }
.article h1 { font-size: 21px; line-height: 1.3; margin: 4px 0 6px; }
.outlet { margin: 0; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .06em;
  color: var(--muted); }
.standfirst { margin: 0 0 6px; color: #3a3f46; }
.meta, .source { margin: 2px 0 0; font-size: 13px; color: var(--muted); }
.source code { font-size: 12px; overflow-wrap: anywhere; }
.summary { display: flex; flex-wrap: wrap; align-items: center; gap: 10px 28px; margin: 14px 0 8px;
  padding: 10px 0; border-bottom: 1px solid var(--rule); font-size: 13px; }
.summary ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 8px 16px; }
.chip { padding: 2px 10px; border-radius: 999px; border: 1px solid; }
.chip b { font-size: 14px; }
.coverage li { display: flex; align-items: center; gap: 8px; }
.coverage .label { font-weight: 600; }
.bar { display: inline-block; width: 90px; height: 8px; border-radius: 4px; background: var(--rule);
  overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--agree); }
.legend { margin: 0; color: var(--muted); flex-basis: 100%; }
.columns { position: sticky; top: 0; z-index: 1; display: grid; grid-template-columns: 92px 1fr 1fr;
  gap: 0 16px; padding: 8px 15px 8px 21px; background: var(--page); border-bottom: 1px solid var(--rule);
  font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.item { display: grid; grid-template-columns: 92px 1fr 1fr; gap: 6px 16px; margin: 10px 0; padding: 10px 14px;
  background: var(--paper); border: 1px solid var(--rule); border-left: 6px solid; border-radius: 6px;
  break-inside: avoid; }
.head { display: flex; flex-direction: column; gap: 2px; font-size: 12px; color: var(--muted); }
.num { color: var(--muted); font-weight: 700; font-size: 14px; text-decoration: none; }
.verdict { font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.pane { overflow-wrap: anywhere; }
.missing { align-self: center; font-size: 13px; font-style: italic; color: var(--muted); }
.reasons { grid-column: 2 / 4; margin: 2px 0 0; padding: 6px 0 0 18px; border-top: 1px dashed var(--rule);
  font-size: 13px; }
del, ins { text-decoration: none; border-radius: 3px; padding: 0 2px; }
del { background: var(--del); }
ins { background: var(--ins); }
.v-agree { border-left-color: var(--agree); }
.v-agree .verdict, .chip.v-agree { color: var(--agree); }
.chip.v-agree { background: var(--agree-bg); }
.v-differ { border-left-color: var(--differ); background: var(--differ-bg); }
.v-differ .verdict, .chip.v-differ { color: var(--differ); }
.chip.v-differ { background: var(--differ-bg); }
.v-left-only { border-left-color: var(--left-only); background: var(--left-only-bg); }
.v-left-only .verdict, .chip.v-left-only { color: var(--left-only); }
.chip.v-left-only { background: var(--left-only-bg); }
.v-right-only { border-left-color: var(--right-only); background: var(--right-only-bg); }
.v-right-only .verdict, .chip.v-right-only { color: var(--right-only); }
.chip.v-right-only { background: var(--right-only-bg); }
@media (max-width: 760px) {
  .articles, .columns, .item { grid-template-columns: 1fr; }
  .columns { display: none; }
  .reasons { grid-column: auto; }
  .pane.left::before, .pane.right::before { display: block; font: 700 11px system-ui, sans-serif;
    text-transform: uppercase; color: var(--muted); }
  .pane.left::before { content: "left"; }
  .pane.right::before { content: "right"; }
}
@media print {
  body { background: #fff; font-size: 11pt; }
  .columns { position: static; }
  del { text-decoration: line-through; }
  ins { text-decoration: underline; }
}
"""
"""CSS for the exported page: light theme, one colour per verdict, responsive and printable."""
