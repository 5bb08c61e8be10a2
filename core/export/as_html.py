"""The HTML export: one self-contained page (inline CSS, no scripts, no network), the articles side by side.

Each aligned item is a row coloured by verdict, its two passages next to each other with the words that
differ marked ``<del>`` (left) and ``<ins>`` (right), and its reasons underneath. Every piece of article text
goes through :func:`html.escape` (after :func:`~core.export.common.safe_text`), so it cannot inject markup.
"""

from __future__ import annotations

import html

from core.export.common import SIDES, chunks, one_line, percent, places, safe_text, side_names
from core.export.html_style import STYLE
from core.models import VERDICTS, AlignedItem, Alignment, Article, Side

_TAGS: dict[Side, str] = {"left": "del", "right": "ins"}


def escape(text: str) -> str:
    """Article text as safe HTML character data (also safe inside a quoted attribute)."""
    return html.escape(safe_text(text), quote=True)


def render_html(alignment: Alignment) -> str:
    """Render ``alignment`` as a complete HTML5 document (ends with a newline)."""
    names = side_names(alignment)
    left_title = one_line(alignment.left.title) or names[0]
    right_title = one_line(alignment.right.title) or names[1]
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="storydiff">',
        f"<title>storydiff: {escape(left_title)} ↔ {escape(right_title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        '<p class="app">storydiff comparison</p>',
        '<div class="articles">',
        _article_card(alignment.left, names[0], "left"),
        _article_card(alignment.right, names[1], "right"),
        "</div>",
        _summary(alignment, names),
        "</header>",
        "<main>",
        '<div class="columns" aria-hidden="true"><span></span>'
        f'<span class="left">{escape(names[0])}</span><span class="right">{escape(names[1])}</span></div>',
    ]
    out += [_item(alignment, item, number, names) for number, item in enumerate(alignment.items, start=1)]
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _article_card(article: Article, name: str, side: Side) -> str:
    """The header card of one article: outlet, title, standfirst, byline, date and source."""
    parts = [f'<section class="article {side}">', f'<p class="outlet">{escape(name)}</p>', *article_details(article)]
    parts.append("</section>")
    return "".join(parts)


def article_details(article: Article, *, standfirst: bool = True) -> list[str]:
    """The HTML of an article card under its outlet: title, standfirst (if asked for), byline and date, source."""
    parts = []
    if article.title:
        parts.append(f'<h1 dir="auto">{escape(one_line(article.title))}</h1>')
    if standfirst and article.standfirst:
        parts.append(f'<p class="standfirst" dir="auto">{escape(one_line(article.standfirst))}</p>')
    meta = []
    if article.authors:
        meta.append("by " + ", ".join(escape(one_line(author)) for author in article.authors))
    if article.date:
        meta.append(f'<time datetime="{escape(article.date)}">{escape(article.date)}</time>')
    if meta:
        parts.append(f'<p class="meta">{" · ".join(meta)}</p>')
    parts.append(f'<p class="source">source: <code>{escape(article.path)}</code></p>')
    return parts


def _summary(alignment: Alignment, names: tuple[str, str]) -> str:
    """The summary strip: a chip per verdict, coverage of each side, and the legend."""
    counts = alignment.summary.counts
    chips = "".join(
        f'<li class="chip v-{verdict}"><b>{counts.get(verdict, 0)}</b> {verdict}</li>' for verdict in VERDICTS
    )
    coverage = "".join(
        f'<li><span class="label">{escape(name)}</span>'
        f'<span class="bar"><span style="width:{percent(share)}"></span></span>'
        f"<span>{percent(share)} covered</span></li>"
        for name, share in zip(names, (alignment.summary.left_coverage, alignment.summary.right_coverage), strict=True)
    )
    return (
        '<section class="summary">'
        f'<ul class="chips">{chips}</ul>'
        f'<ul class="coverage">{coverage}</ul>'
        '<p class="legend">Counts: body passages (the headline and standfirst pairs are not counted). '
        "Coverage: share of body words in a passage found in both reports. "
        "Marked words differ: <del>as in the left report</del> <ins>as in the right report</ins>.</p>"
        "</section>"
    )


def _item(alignment: Alignment, item: AlignedItem, number: int, names: tuple[str, str]) -> str:
    """One aligned item as a row: number and verdict, the two passages, then the reasons."""
    score = f'<span class="score">score {item.score:.2f}</span>' if item.left and item.right else ""
    kind = f'<span class="kind">{item.kind}</span>' if item.kind != "body" else ""
    head = (
        f'<div class="head"><a class="num" href="#item-{number}">{number}</a>'
        f'<span class="verdict">{item.verdict}</span>{score}{kind}</div>'
    )
    panes = "".join(_pane(alignment, item, side, names) for side in SIDES)
    reasons = ""
    if item.reasons:
        place = places(alignment)
        listed = "".join(f"<li>{escape(reason.describe(*names, place=place))}</li>" for reason in item.reasons)
        reasons = f'<ul class="reasons">{listed}</ul>'
    return f'<section class="item v-{item.verdict}" id="item-{number}">{head}{panes}{reasons}</section>'


def _pane(alignment: Alignment, item: AlignedItem, side: Side, names: tuple[str, str]) -> str:
    """One side of an item: the passage with its changed words marked, or a note that the side lacks it."""
    name = names[0] if side == "left" else names[1]
    if not item.ids(side):
        return f'<div class="pane {side} missing">not in {escape(name)}</div>'
    tag = _TAGS[side]
    text = "".join(
        f"<{tag}>{escape(chunk.text)}</{tag}>" if chunk.changed else escape(chunk.text)
        for chunk in chunks(alignment, item, side)
    )
    ids = " ".join(item.ids(side))
    return f'<div class="pane {side}" dir="auto" title="{escape(f"{name}: {ids}")}">{text}</div>'
