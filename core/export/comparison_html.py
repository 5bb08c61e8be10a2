"""The HTML export of a comparison of several reports: one self-contained page, a table of claims × outlets.

Cards name the articles; the summary gives the claims per outlet and the shares in common; then each claim is a row
with a cell per outlet, coloured by its verdict (agree, differ, only this outlet, left out) and holding that
outlet's passage, the links' reasons underneath. Inline CSS, no scripts, no network; every piece of article text
goes through :func:`~core.export.as_html.escape`.
"""

from __future__ import annotations

from core.claims import (
    OUTLET_LABELS,
    OUTLET_LEGEND,
    OUTLET_SYMBOLS,
    OUTLET_VERDICTS,
    ClaimGroup,
    Comparison,
    outlet_names,
)
from core.export.as_html import article_details, escape
from core.export.common import one_line, percent
from core.export.comparison_html_style import STYLE
from core.models import Article


def render_comparison_html(comparison: Comparison) -> str:
    """Render ``comparison`` as a complete HTML5 document (ends with a newline)."""
    names = outlet_names(comparison.articles)
    title = one_line(comparison.articles[0].title) or names[0]
    columns = f"--outlets:{len(names)}"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="storydiff">',
        f"<title>storydiff: {escape(title)} ({len(names)} reports)</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        f'<p class="app">storydiff comparison of {len(names)} reports</p>',
        '<div class="articles">',
        *(_article_card(a, name, n) for n, (a, name) in enumerate(zip(comparison.articles, names, strict=True))),
        "</div>",
        _summary(comparison, names),
        "</header>",
        "<main>",
        f'<table class="claims" style="{columns}">',
        '<thead><tr><th scope="col" class="num">#</th>'
        + "".join(f'<th scope="col">{escape(name)}</th>' for name in names)
        + "</tr></thead>",
    ]
    for number, group in enumerate(comparison.groups, start=1):
        out.append(_group_rows(comparison, group, number, names))
    out += ["</table>", "</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _article_card(article: Article, name: str, number: int) -> str:
    """The header card of one article: outlet, title, byline, date and source."""
    parts = [f'<section class="article"><p class="outlet"><b>{number + 1}</b> {escape(name)}</p>']
    parts += article_details(article, standfirst=False)
    parts.append("</section>")
    return "".join(parts)


def _summary(comparison: Comparison, names: tuple[str, ...]) -> str:
    """The summary: claims per outlet, the matrix of shares in common, and the legend."""
    summary = comparison.summary
    figures = "".join(
        f'<tr><th scope="row">{escape(name)}</th><td>{f.claims}</td><td>{f.with_all}</td>'
        f"<td>{f.with_some}</td><td>{f.alone}</td></tr>"
        for name, f in zip(names, summary.outlets, strict=True)
    )
    matrix = "".join(
        f'<tr><th scope="row">{escape(name)}</th>'
        + "".join(f'<td style="--share:{percent(share)}">{percent(share)}</td>' for share in row)
        + "</tr>"
        for name, row in zip(names, summary.in_common, strict=True)
    )
    legend = "".join(
        f'<li class="v-{v}"><span class="mark">{OUTLET_SYMBOLS[v]}</span> {OUTLET_LEGEND[v]}</li>'
        for v in OUTLET_VERDICTS
    )
    resolved = f", {summary.resolved} joined through the similarity resolution" if summary.resolved else ""
    return (
        '<section class="summary">'
        f'<p class="count"><b>{summary.claims}</b> claims (groups of body passages that report one thing)'
        f"{resolved}.</p>"
        '<div class="tables">'
        '<table class="figures"><thead><tr><th></th><th>claims</th><th>with all</th><th>with some</th>'
        f"<th>alone</th></tr></thead><tbody>{figures}</tbody></table>"
        '<table class="matrix"><caption>Claims in common: of the claims either carries, the share both carry'
        "</caption><thead><tr><th></th>"
        + "".join(f"<th>{escape(name)}</th>" for name in names)
        + f"</tr></thead><tbody>{matrix}</tbody></table>"
        "</div>"
        f'<ul class="legend">{legend}</ul>'
        "</section>"
    )


def _group_rows(comparison: Comparison, group: ClaimGroup, number: int, names: tuple[str, ...]) -> str:
    """One claim as a table body: a row of passages, then a row of the links' reasons when there are any."""
    kind = f'<span class="kind">{group.kind}</span>' if group.kind != "body" else ""
    cells = [f'<th scope="row" class="num"><a href="#claim-{number}">{number}</a>{kind}</th>']
    for article, verdict in enumerate(group.verdicts):
        mark = f'<span class="mark" title="{OUTLET_LABELS[verdict]}">{OUTLET_SYMBOLS[verdict]}</span>'
        if verdict == "absent":
            cells.append(f'<td class="v-absent">{mark} <span class="missing">not in this report</span></td>')
            continue
        text = escape(comparison.passage(group, article))
        ids = " ".join(group.passages[article])
        title = escape(f"{names[article]}: {ids}")
        cells.append(f'<td class="v-{verdict}" dir="auto" title="{title}">{mark} {text}</td>')
    rows = [f"<tr>{''.join(cells)}</tr>"]
    notes = []
    for link in group.links:
        if link.verdict == "agree" and not link.reasons:
            continue
        reasons = "".join(f"<li>{escape(reason)}</li>" for reason in link.reason_lines(names))
        notes.append(f"<li>{escape(link.describe(names))}" + (f"<ul>{reasons}</ul>" if reasons else "") + "</li>")
    if notes:
        span = len(names)
        rows.append(f'<tr class="notes"><td></td><td colspan="{span}"><ul>{"".join(notes)}</ul></td></tr>')
    return f'<tbody id="claim-{number}" class="claim">{"".join(rows)}</tbody>'
