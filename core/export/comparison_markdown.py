"""The Markdown export of a comparison of several reports (CommonMark with tables; renders on GitHub, Pandoc).

A metadata table (one column per outlet), the summary tables (claims per outlet, the shares in common), then one
section per claim group with each outlet's verdict, the passages as quotations and the links' reasons. Article
text is escaped (:func:`~core.export.as_markdown.escape_markdown`), so it cannot open a heading, list, link,
table cell or raw HTML.
"""

from __future__ import annotations

from core.claims import OUTLET_LEGEND, OUTLET_SYMBOLS, OUTLET_VERDICTS, ClaimGroup, Comparison, outlet_names
from core.export.as_markdown import escape_markdown
from core.export.common import one_line, percent


def render_comparison_markdown(comparison: Comparison) -> str:
    """Render ``comparison`` as a Markdown document (ends with a newline)."""
    names = outlet_names(comparison.articles)
    safe = [escape_markdown(name) for name in names]
    out = [f"# storydiff comparison of {len(names)} reports", "", *_metadata_table(comparison, safe)]
    summary = comparison.summary
    out += ["", "## Summary", "", f"{summary.claims} claims (groups of body passages that report one thing)."]
    if summary.resolved:
        out[-1] += f" {summary.resolved} joined through the similarity resolution."
    out += ["", "| Outlet | Claims | With all | With some | Alone |", "| --- | ---: | ---: | ---: | ---: |"]
    out += [
        f"| {name} | {f.claims} | {f.with_all} | {f.with_some} | {f.alone} |"
        for name, f in zip(safe, summary.outlets, strict=True)
    ]
    out += ["", "Claims in common: of the claims either outlet carries, the share both carry.", ""]
    out += ["| | " + " | ".join(safe) + " |", "| --- |" + " ---: |" * len(safe)]
    out += [
        f"| {name} | " + " | ".join(percent(share) for share in row) + " |"
        for name, row in zip(safe, summary.in_common, strict=True)
    ]
    out += ["", "Legend: " + " · ".join(f"`{OUTLET_SYMBOLS[v]}` {OUTLET_LEGEND[v]}" for v in OUTLET_VERDICTS) + "."]
    heads = " and headlines" if len(comparison.groups) > summary.claims else ""
    out += ["", f"## Claims ({summary.claims}){heads}"]
    for number, group in enumerate(comparison.groups, start=1):
        out += ["", *_group_section(comparison, group, number, names, safe)]
    return "\n".join(out) + "\n"


def _metadata_table(comparison: Comparison, safe: list[str]) -> list[str]:
    """A table of the articles' metadata, one column per article, one row per field any of them has."""
    rows = ["| | " + " | ".join(safe) + " |", "| --- |" + " --- |" * len(safe)]
    fields = {
        "Title": [one_line(a.title) for a in comparison.articles],
        "Standfirst": [one_line(a.standfirst) for a in comparison.articles],
        "By": [", ".join(one_line(name) for name in a.authors) for a in comparison.articles],
        "Date": [a.date or "" for a in comparison.articles],
        "Source": [a.path for a in comparison.articles],
    }
    for label, values in fields.items():
        if any(values):
            rows.append(f"| {label} | " + " | ".join(escape_markdown(v) for v in values) + " |")
    return rows


def _group_section(
    comparison: Comparison, group: ClaimGroup, number: int, names: tuple[str, ...], safe: list[str]
) -> list[str]:
    """The section of one group: heading with each outlet's verdict, the passages, and the links' reasons."""
    kind = "claim" if group.kind == "body" else group.kind
    marks = " · ".join(f"{name} `{OUTLET_SYMBOLS[v]}`" for name, v in zip(safe, group.verdicts, strict=True))
    out = [f"### {number}. {kind}: {marks}"]
    for article, name in enumerate(safe):
        if group.carries(article):
            symbol = OUTLET_SYMBOLS[group.verdicts[article]]
            out += ["", f"**{name}** `{symbol}`", "", "> " + escape_markdown(comparison.passage(group, article))]
    notes = []
    for link in group.links:
        if link.verdict == "agree" and not link.reasons:
            continue
        notes.append(f"- {escape_markdown(link.describe(names))}")
        notes += [f"  - {escape_markdown(reason)}" for reason in link.reason_lines(names)]
    if notes:
        out += ["", *notes]
    return out
