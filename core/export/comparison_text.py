"""The plain-text export of a comparison of several reports: readable in a terminal and pasted into an email.

Layout: a header per article, the summary (claims per outlet and the shares in common), then every claim group
in order with each outlet's verdict, the passages of the outlets that carry it (each on one whole line), and the
links between them with their reasons. Article text passes through :func:`~core.export.common.safe_text`.
"""

from __future__ import annotations

from core.claims import OUTLET_LEGEND, OUTLET_SYMBOLS, OUTLET_VERDICTS, ClaimGroup, Comparison, outlet_names
from core.export.common import one_line, percent, safe_text
from core.models import Article

RULE = "=" * 72
"""The line under the document title."""


def render_comparison_text(comparison: Comparison) -> str:
    """Render ``comparison`` as plain text (ends with a newline)."""
    names = tuple(safe_text(name) for name in outlet_names(comparison.articles))
    lines = [f"storydiff comparison of {len(comparison.articles)} reports", RULE]
    for number, (article, name) in enumerate(zip(comparison.articles, names, strict=True), start=1):
        lines += ["", *_article_lines(number, name, article)]
    lines += ["", "Summary", "-------", *summary_lines(comparison, names)]
    heading = f"Claims ({comparison.summary.claims})"
    if len(comparison.groups) > comparison.summary.claims:
        heading += " and headlines"
    lines += ["", heading, "-" * len(heading)]
    width = len(str(len(comparison.groups)))
    for number, group in enumerate(comparison.groups, start=1):
        lines += ["", *_group_lines(comparison, group, f"{number:>{width}}", names)]
    return "\n".join(lines) + "\n"


def _article_lines(number: int, name: str, article: Article) -> list[str]:
    """The header block of one article."""
    fields = (
        ("title", one_line(article.title)),
        ("standfirst", one_line(article.standfirst)),
        ("by", ", ".join(one_line(author) for author in article.authors)),
        ("date", article.date or ""),
        ("source", article.path),
    )
    return [f"{number}. {name}"] + [f"  {key + ':':<12}{safe_text(value)}" for key, value in fields if value]


def summary_lines(comparison: Comparison, names: tuple[str, ...]) -> list[str]:
    """The summary: claims per outlet (with all, with some, alone), the matrix of shares and the legend."""
    summary = comparison.summary
    width = max(12, *(len(name) for name in names))
    resolved = f"; {summary.resolved} joined through the similarity resolution" if summary.resolved else ""
    lines = [f"  {summary.claims} claims (groups of body passages that report one thing){resolved}.", ""]
    lines.append(f"  {'outlet':<{width}}  {'claims':>6}  {'with all':>8}  {'with some':>9}  {'alone':>5}")
    for name, f in zip(names, summary.outlets, strict=True):
        lines.append(f"  {name:<{width}}  {f.claims:>6}  {f.with_all:>8}  {f.with_some:>9}  {f.alone:>5}")
    lines += ["", "  claims in common (of the claims either outlet carries, the share both carry):"]
    labels = [str(k) for k in range(1, len(names) + 1)]
    lines.append(f"  {'':<{width + 4}}" + "".join(f"{label:>6}" for label in labels))
    for k, (name, row) in enumerate(zip(names, summary.in_common, strict=True), start=1):
        cells = "".join(f"{percent(share):>6}" for share in row)
        lines.append(f"  {k:>2}. {name:<{width}}{cells}")
    lines += ["", *(f"  {OUTLET_SYMBOLS[v]} {OUTLET_LEGEND[v]}" for v in OUTLET_VERDICTS)]
    return lines


def _group_lines(comparison: Comparison, group: ClaimGroup, number: str, names: tuple[str, ...]) -> list[str]:
    """The block of one group: its verdicts, the passages present, and the links with their reasons."""
    kind = "claim" if group.kind == "body" else group.kind
    marks = " · ".join(f"{name} {OUTLET_SYMBOLS[v]}" for name, v in zip(names, group.verdicts, strict=True))
    lines = [f"[{number}] {kind}: {marks}"]
    indent = " " * (len(number) + 3)
    for article, name in enumerate(names):
        if group.carries(article):
            lines.append(f"{indent}{name}: {safe_text(comparison.passage(group, article))}")
    for link in group.links:
        if link.verdict == "agree" and not link.reasons:
            continue
        lines.append(f"{indent}- {safe_text(link.describe(names))}")
        lines += [f"{indent}    {safe_text(reason)}" for reason in link.reason_lines(names)]
    return lines
