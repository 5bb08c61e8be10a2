"""The plain-text export: readable in a terminal and when pasted into an email.

Layout: a header naming both articles, a summary, then every aligned item in reading order with its number,
verdict, score, the two passages (each on one whole line, never hard-wrapped) and the reasons. Article text
passes through :func:`~core.export.common.safe_text`, so it cannot carry terminal escapes or bidi overrides.
"""

from __future__ import annotations

from collections import Counter

from core.export.common import SIDES, one_line, passage, percent, places, safe_text, side_names
from core.models import VERDICTS, AlignedItem, Alignment, Article

RULE = "=" * 72
"""The line under the document title."""


def render_text(alignment: Alignment) -> str:
    """Render ``alignment`` as plain text (ends with a newline)."""
    names = side_names(alignment)
    lines = ["storydiff comparison", RULE, ""]
    lines += _article_lines("Left", names[0], alignment.left)
    lines.append("")
    lines += _article_lines("Right", names[1], alignment.right)
    lines += ["", "Summary", "-------"]
    counts = alignment.summary.counts
    tally = " · ".join(f"{verdict} {counts.get(verdict, 0)}" for verdict in VERDICTS)
    lines.append(f"  body passages: {tally} (the headline and standfirst pairs are not counted)")
    lines.append(
        f"  coverage: {percent(alignment.summary.left_coverage)} of {safe_text(names[0])}, "
        f"{percent(alignment.summary.right_coverage)} of {safe_text(names[1])} "
        "(share of body words in passages both reports carry)"
    )
    lines.append("  score: similarity of the two sides of a passage, from 0 to 1")
    heading = f"Passages ({len(alignment.items)})"
    lines += ["", heading, "-" * len(heading)]
    width = len(str(len(alignment.items)))
    for number, item in enumerate(alignment.items, start=1):
        lines.append("")
        lines += _item_lines(alignment, item, f"{number:>{width}}", names)
    return "\n".join(lines) + "\n"


def _article_lines(label: str, name: str, article: Article) -> list[str]:
    """The header block of one article."""
    lines = [f"{label}: {safe_text(name)}" if article.outlet else label]
    fields = (
        ("title", one_line(article.title)),
        ("standfirst", one_line(article.standfirst)),
        ("by", ", ".join(one_line(author) for author in article.authors)),
        ("date", article.date or ""),
        ("source", article.path),
    )
    lines += [f"  {key + ':':<12}{safe_text(value)}" for key, value in fields if value]
    return lines


def _item_lines(alignment: Alignment, item: AlignedItem, number: str, names: tuple[str, str]) -> list[str]:
    """The block of one item: heading line, the passages present, and the reasons."""
    heading = f"[{number}] {item.verdict.upper()}"
    if item.left and item.right:
        heading += f"  score {item.score:.2f}"
    if item.kind != "body":
        heading += f"  ({item.kind})"
    lines = [heading]
    indent = " " * (len(number) + 3)
    for side, name in zip(SIDES, names, strict=True):
        if item.ids(side):
            lines.append(f"{indent}{safe_text(name)}: {safe_text(passage(alignment, item, side))}")
    place = places(alignment)
    lines += [f"{indent}- {safe_text(reason.describe(*names, place=place))}" for reason in item.reasons]
    return lines


def render_article(article: Article) -> str:
    """How storydiff read one article, as text: its metadata, then every segment on one whole line.

    Each segment line gives the id, role, paragraph, ``start-end`` character offsets and the text (made safe
    with :func:`~core.export.common.safe_text`). Used by ``storydiff inspect``.
    """
    lines = [f"source:     {safe_text(article.path)}"]
    fields = (
        ("outlet", one_line(article.outlet)),
        ("title", one_line(article.title)),
        ("standfirst", one_line(article.standfirst)),
        ("authors", "; ".join(one_line(author) for author in article.authors)),
        ("date", article.date or ""),
    )
    lines += [f"{key + ':':<12}{safe_text(value) or '-'}" for key, value in fields]
    roles = Counter(segment.role for segment in article.segments)
    tally = ", ".join(f"{count} {role}" for role, count in sorted(roles.items(), key=lambda kv: -kv[1]))
    lines.append(f"segments:   {len(article.segments)} ({tally or 'none'}); {article.word_count} body words")
    lines.append("")
    id_width = max((len(segment.id) for segment in article.segments), default=2)
    span_width = len(f"{len(article.text)}-{len(article.text)}")
    lines.append(f"{'id':<{id_width}}  {'role':<11} {'para':>4}  {'offsets':<{span_width}}  text")
    for segment in article.segments:
        span = f"{segment.start}-{segment.end}"
        lines.append(
            f"{safe_text(segment.id):<{id_width}}  {segment.role:<11} {segment.paragraph:>4}  "
            f"{span:<{span_width}}  {safe_text(segment.text)}"
        )
    return "\n".join(lines) + "\n"
