"""The Markdown export: the comparison as a document (CommonMark; renders on GitHub, GitLab, Pandoc).

A metadata table of both articles, a summary table, then one section per aligned item, in reading order,
with the words that differ set in bold. Article text is escaped (:func:`escape_markdown`) so it cannot open
a heading, list, link, table cell or raw HTML.
"""

from __future__ import annotations

import re
import unicodedata

from core.export.common import SIDES, Chunk, chunks, one_line, percent, places, safe_text, side_names
from core.models import VERDICTS, AlignedItem, Alignment, Article

_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]<>&|~#@]|:(?=//)|(?<=\w)\.(?=[^\W\d_]))")
"""Inline syntax, and what makes a bare address a link in extended flavours (GitHub's autolinks, linkify): the colon
of ``://``, the ``@`` of an e-mail address, and a full stop between a word and a letter (``www.example.com``)."""
_LINE_START = re.compile(r"^(\s*)([-+=>:]|\d+(?=[.)]))")


def escape_markdown(text: str) -> str:
    """``text`` as literal Markdown inline content on one line.

    Backslash-escapes every character that can start emphasis, code, links, images, raw HTML, entities, table
    cells or strikethrough, and anything at the start that could open a block (heading, list, quote, setext
    underline); and it breaks bare web and e-mail addresses (``https\\://``, ``example\\.com``, ``a\\@b``) so no
    flavour that links them (GitHub's, linkify) makes a link of article text. Control characters are made visible
    first (:func:`~core.export.common.safe_text`).
    """
    return _escape_line_start(_escape_inline(" ".join(text.split())))


def _escape_inline(text: str) -> str:
    """Neutralise control characters and backslash-escape inline Markdown syntax."""
    return _INLINE_SPECIALS.sub(r"\\\1", safe_text(text))


def _escape_line_start(text: str) -> str:
    """Backslash-escape a character at the start of ``text`` that could open a block."""
    match = _LINE_START.match(text)
    if match:
        if match.group(2)[0].isdigit():
            cut = match.end()
            text = text[:cut] + "\\" + text[cut:]
        else:
            text = text[: match.start(2)] + "\\" + text[match.start(2) :]
    return text


def render_markdown(alignment: Alignment) -> str:
    """Render ``alignment`` as a Markdown document (ends with a newline)."""
    names = side_names(alignment)
    out = ["# storydiff comparison", ""]
    out += _metadata_table(alignment.left, alignment.right, names)
    out += ["", "## Summary", "", "| Verdict | Body passages |", "| --- | ---: |"]
    counts = alignment.summary.counts
    out += [f"| {verdict} | {counts.get(verdict, 0)} |" for verdict in VERDICTS]
    out += [
        "",
        f"Coverage: {percent(alignment.summary.left_coverage)} of {escape_markdown(names[0])}, "
        f"{percent(alignment.summary.right_coverage)} of {escape_markdown(names[1])} "
        "(share of body words in a passage found in both reports).",
        "",
        "Words in **bold** differ between the two sides of a passage.",
        "",
        f"## Passages ({len(alignment.items)})",
    ]
    for number, item in enumerate(alignment.items, start=1):
        out += ["", *_item_section(alignment, item, number, names)]
    return "\n".join(out) + "\n"


def _metadata_table(left: Article, right: Article, names: tuple[str, str]) -> list[str]:
    """A table of both articles' metadata, one row per field present on either side."""
    rows = [f"| | {escape_markdown(names[0])} | {escape_markdown(names[1])} |", "| --- | --- | --- |"]
    for label, pair in _metadata_rows(left, right):
        if any(pair):
            rows.append(f"| {label} | {escape_markdown(pair[0])} | {escape_markdown(pair[1])} |")
    return rows


def _metadata_rows(left: Article, right: Article) -> list[tuple[str, tuple[str, str]]]:
    """Each metadata field's label and its value on the two sides (``""`` when absent)."""
    rows = []
    for label, field in (
        ("Title", "title"),
        ("Standfirst", "standfirst"),
        ("Date", "date"),
        ("Source", "path"),
    ):
        rows.append((label, (one_line(getattr(left, field)), one_line(getattr(right, field)))))
    authors = tuple(", ".join(one_line(name) for name in article.authors) for article in (left, right))
    rows.insert(2, ("By", (authors[0], authors[1])))
    return rows


def _item_section(alignment: Alignment, item: AlignedItem, number: int, names: tuple[str, str]) -> list[str]:
    """The section of one item: heading, the passages present, and the reasons."""
    heading = f"### {number}. {item.verdict}"
    if item.left and item.right:
        heading += f" · score {item.score:.2f}"
    if item.kind != "body":
        heading += f" · {item.kind}"
    out = [heading]
    for side, name in zip(SIDES, names, strict=True):
        if item.ids(side):
            out += ["", f"**{escape_markdown(name)}**", "", "> " + _marked(chunks(alignment, item, side))]
    if item.reasons:
        place = places(alignment)
        out += ["", *(f"- {escape_markdown(reason.describe(*names, place=place))}" for reason in item.reasons)]
    return out


def _marked(parts: tuple[Chunk, ...]) -> str:
    """A passage's chunks as Markdown, changed words in bold."""
    pieces = []
    for number, (text, changed) in enumerate(_flanking_safe(parts)):
        escaped = _escape_inline(text)
        if number == 0:
            escaped = _escape_line_start(escaped)
        pieces.append(f"**{escaped}**" if changed else escaped)
    return "".join(pieces)


def _flanking_safe(parts: tuple[Chunk, ...]) -> list[tuple[str, bool]]:
    """The chunks (made safe), with edge characters moved out of a changed run where ``**`` would not work.

    CommonMark opens ``**`` only before a non-space character and, before punctuation, only after white space
    or punctuation; closing mirrors it. So a changed run such as ``’s`` straight after a letter would print
    literal asterisks: its leading punctuation (and any space then exposed) moves to the unmarked side.
    """
    runs = [(safe_text(chunk.text), chunk.changed) for chunk in parts]
    out: list[tuple[str, bool]] = []
    for index, (text, changed) in enumerate(runs):
        if not changed:
            out.append((text, False))
            continue
        before = out[-1][0][-1:] if out else ""
        after = runs[index + 1][0][:1] if index + 1 < len(runs) else ""
        lead = trail = ""
        while text and (text[0].isspace() or (_punctuation(text[0]) and _wordlike(before))):
            before, lead, text = text[0], lead + text[0], text[1:]
        while text and (text[-1].isspace() or (_punctuation(text[-1]) and _wordlike(after))):
            after, trail, text = text[-1], text[-1] + trail, text[:-1]
        out += [(piece, flag) for piece, flag in ((lead, False), (text, True), (trail, False)) if piece]
    return out


def _punctuation(char: str) -> bool:
    """CommonMark's Unicode punctuation (general categories P and S)."""
    return unicodedata.category(char)[0] in "PS"


def _wordlike(char: str) -> bool:
    """Neither white space, nor punctuation, nor the edge of the line."""
    return bool(char) and not char.isspace() and not _punctuation(char)
