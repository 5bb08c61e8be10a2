"""Finding the paragraphs of a paste: lines, blank-line blocks, stray breaks, and run-together paragraphs.

A browser paste is a sequence of lines. A blank line separates blocks; inside a block each line is usually its
own paragraph (a byline, a caption, a body paragraph), except in hard-wrapped text, where every line of the
block belongs to one paragraph. Two repairs restore the page's paragraphs:

- a paragraph that stops without a final stop and continues in lower case after a stray line break (even a
  blank line: ``…waiting to pick`` / ``up bags…``) is one paragraph;
- paragraphs run together on one line, marked by a double space after a full stop (``…Ukraine.  The first…``),
  are split again, unless the whole text is typed with two spaces after every sentence;
- a text wrapped at a width (sent through e-mail, ``fold`` or a terminal browser's dump) has its lines joined where
  the wrapping broke them (see :func:`_wrapped_on`).

A list item's marker as browsers other than Chrome copy it (``* Politics``, ``•`` and a tab) is read apart from the
line, like its indent, but stays in the paragraph's text (:attr:`Paragraph.lead`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from core.reading.cleaning_rules import NAV_WORDS
from core.reading.sentences import trim_span
from core.text.vocabulary import MONTHS

__all__ = ["Paragraph", "find_paragraphs", "item_shape", "title_case_share"]

_LINE = re.compile(r"[^\r\n\u2028\u2029\x85\x0b\x0c]+")
_BREAK = re.compile(r"\r\n|[\r\n\u2028\x85\x0b\x0c]|(?P<para>\u2029)")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+")
_DOUBLE_SPACE = re.compile(r"[.!?…][\"'”’»)\]]*(?P<gap>[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,})(?=[^\sa-z])")
_SINGLE_SPACE = re.compile(r"[.!?][\"'”’»)\]]* (?=[\"“‘A-Z])")
_LIST_MARK = re.compile(r"[•◦▪▫‣⁃●○■□·*-][ \t\u00a0]+(?=\S)")
"""A list item's marker as browsers other than Chrome copy it (``* Politics``, ``•\tBy Jane Doe``, ``- Home``):
layout, like the indent before it, not the line's text."""

_DANGLING = frozenset(
    ("a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "and", "or", "from", "as", "that")
)
"""Words a line of prose cannot end a paragraph on: the sentence goes on below (``…reporter for The`` / ``Daily``)."""

HARD_WRAP_MIN_LINES = 3
"""A block needs this many lines before it can be taken for hard-wrapped prose."""
HARD_WRAP_MAX_WIDTH = 100
"""Hard-wrapped lines are at most this many characters wide."""
HARD_WRAP_MIN_WIDTH = 50
"""…and the widest of them at least this wide (short lines are a list, not wrapped prose)."""
WRAP_SLACK = 12
"""A text wrapped at a width fills many lines to within this many characters of it."""
WRAP_MIN_FULL_LINES = 8
"""A text is taken for one wrapped at its widest line's width when at least this many lines are that full…"""
WRAP_FULL_SHARE = 0.1
"""…and they are at least this share of its lines (a page of menus has many short lines too)."""


@dataclass(slots=True)
class Paragraph:
    """One paragraph of the source: a span, and where it sits in the layout."""

    start: int
    """Offset of its first non-blank character."""
    end: int
    """Offset one past its last non-blank character."""
    block: int
    """Index of the blank-line-separated block it starts in."""
    after_blank: bool
    """Whether a blank line (or the start of the text) comes right before it."""
    lead: int | None = None
    """Offset of the list item's marker before ``start`` (``* ``, ``•``), or ``None``: the marker is part of the
    paragraph's text as pasted, but not of what the paragraph says."""


def _lines(text: str, leads: dict[int, int] | None = None) -> list[tuple[int, int, int, bool]]:
    """Non-blank lines as ``(start, end, block, after_blank)``, each starting after its list marker, if any (then
    ``leads`` maps the start to the marker's offset)."""
    lines: list[tuple[int, int, int, bool]] = []
    block = -1
    previous_end = 0
    for match in _LINE.finditer(text):
        span = trim_span(text, match.start(), match.end())
        if span is None:
            continue
        mark = _LIST_MARK.match(text, span[0], span[1])
        if mark:
            if leads is not None:
                leads[mark.end()] = span[0]
            span = (mark.end(), span[1])
        breaks = list(_BREAK.finditer(text, previous_end, match.start()))
        blank = not lines or len(breaks) >= 2 or any(b.group("para") for b in breaks)
        if blank:
            block += 1
        lines.append((span[0], span[1], block, blank))
        previous_end = match.end()
    return lines


def _hard_wrapped(text: str, lines: list[tuple[int, int, int, bool]]) -> bool:
    """Whether the lines of one block look like prose wrapped at a fixed width."""
    if len(lines) < HARD_WRAP_MIN_LINES:
        return False
    widths = [end - start for start, end, _, _ in lines[:-1]]
    if not HARD_WRAP_MIN_WIDTH <= max(widths) <= HARD_WRAP_MAX_WIDTH or min(widths) < 0.6 * max(widths):
        return False
    first = text[lines[0][0] : lines[0][1]]
    if lines[-1][1] - lines[-1][0] > max(widths) + WRAP_SLACK and title_case_share(first) >= TITLE_CASE_SHARE:
        return False  # a headline over its credits and a paragraph wider than both, not wrapped prose
    open_ended = sum(1 for start, end, _, _ in lines[:-1] if not _TERMINAL.search(text, start, end))
    return open_ended * 2 >= len(widths)


MAX_ITEM_WORDS = 30
"""A list item is at most this many words."""
_ITEM_SEPARATOR = re.compile(r" -- | [—–-] |: | \| ")


def item_shape(text: str) -> tuple[str, str] | None:
    """How a list item is built: what it opens with (a month, a number, a capital) and the separator between its
    parts (``June 9 -- Coral Sky Amphitheatre, …``: a month, `` -- ``); ``None`` for a line with no separator or too
    long for an item."""
    separator = _ITEM_SEPARATOR.search(text)
    words = text.split()
    if separator is None or not words or len(words) > MAX_ITEM_WORDS:
        return None
    first = words[0].rstrip(".,").casefold()
    opens = (
        "month" if first in MONTHS else "number" if first[:1].isdigit() else "capital" if words[0][:1].isupper() else ""
    )
    return (opens, separator.group()) if opens else None


def _wrap_width(lines: list[tuple[int, int, int, bool]]) -> int | None:
    """The width the whole text was wrapped at (a paste sent through e-mail, ``fold`` or a terminal browser's dump),
    or ``None``: no line is wider than :data:`HARD_WRAP_MAX_WIDTH` and many are nearly as wide as the widest."""
    widths = [end - start for start, end, _, _ in lines]
    width = max(widths, default=0)
    if not HARD_WRAP_MIN_WIDTH <= width <= HARD_WRAP_MAX_WIDTH:
        return None
    full = sum(1 for w in widths if w >= width - WRAP_SLACK)
    return width if full >= max(WRAP_MIN_FULL_LINES, WRAP_FULL_SHARE * len(widths)) else None


def _same_items(previous: str, line: str) -> bool:
    """Whether two lines are items of one list (:func:`item_shape`): each a line of its own, however full."""
    shape = item_shape(previous)
    return shape is not None and shape == item_shape(line)


def _wrapped_on(text: str, previous: tuple[int, int], line: tuple[int, int], width: int) -> bool:
    """Whether the break between ``previous`` and ``line`` is the wrapping's: the first word of ``line`` would not
    have fitted at the end of ``previous``, and ``previous`` does not end a sentence that ``line`` follows with a new
    one (there a paragraph may end as well: it is kept apart, which at worst splits a paragraph between two
    sentences)."""
    first = text[line[0] : line[1]].split(maxsplit=1)[0]
    if _TERMINAL.search(text, previous[0], previous[1]) and (first[:1].isupper() or first[:1] in "\"“‘'"):
        return False
    return previous[1] - previous[0] + 1 + len(first) > width


TITLE_CASE_SHARE = 0.8
"""A line with at least this share of its words of four letters or more capitalised is written in title case: a
headline, whose last word may be a preposition without leaving a sentence open (``… Plus 5 Films To Cry To``)."""


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def title_case_share(text: str) -> float:
    """The share of a line's words of four letters or more that are capitalised (1.0 for ``Plus 5 Films To Cry
    To``; 0.0 for a line without such words)."""
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return sum(1 for w in words if w[:1].isupper()) / len(words) if words else 0.0


def _continues(text: str, previous: tuple[int, int], line: tuple[int, int]) -> bool:
    """Whether ``line`` carries on the sentence that ``previous`` left open (a stray break, or a bracket that
    the previous line opened and did not close: ``(Jane Doe/The Daily`` then ``Courier)``, or a line that ends
    on an article, a preposition or a conjunction). A lone section word (``opinion``, ``news``) carries nothing on: it
    is a label set under a headline."""
    if _TERMINAL.search(text, previous[0], previous[1]):
        return False
    before = text[previous[0] : previous[1]]
    if before.rfind("(") > before.rfind(")") and ")" in text[line[0] : line[1]]:
        return True
    words = before.split()
    open_words = _SENTENCE_END.split(before)[-1].split()  # the open sentence's words (``…account? Sign in``: two)
    if len(open_words) >= 4 and words[-1].casefold() in _DANGLING and title_case_share(before) < TITLE_CASE_SHARE:
        return True
    first = text[line[0]]
    if not (first.isalpha() and first.islower() and len(words) >= 4):
        return False
    label = text[line[0] : line[1]].strip()
    return label.casefold() not in NAV_WORDS  # a section's label set under a headline (``opinion``) carries nothing on


def _split_run_together(text: str, paragraph: Paragraph, enabled: bool) -> list[Paragraph]:
    if not enabled:
        return [paragraph]
    pieces: list[Paragraph] = []
    start = paragraph.start
    for match in _DOUBLE_SPACE.finditer(text, paragraph.start, paragraph.end):
        pieces.append(Paragraph(start, match.start("gap"), paragraph.block, paragraph.after_blank and not pieces))
        start = match.end("gap")
    pieces.append(Paragraph(start, paragraph.end, paragraph.block, paragraph.after_blank and not pieces))
    return pieces


def find_paragraphs(
    text: str, *, keep_apart: Callable[[str], bool], set_apart: Callable[[str], bool] | None = None
) -> list[Paragraph]:
    """Find the paragraphs of ``text``.

    Args:
        text: The decoded source.
        keep_apart: Tells whether a line (its raw text) is page furniture (a byline, a date, a caption…)
            that is never merged with its neighbours.
        set_apart: Tells whether a line is furniture by its form (a ``By …`` byline, a date line) and so stays a
            line of its own even where a text wrapped at a width breaks lines anywhere (:func:`_wrap_width`); lines
            that ``keep_apart`` alone sets apart (a name's look) are joined there when the wrapping broke them.
            ``None``: ``keep_apart``.

    Returns:
        Paragraphs in source order; together they cover every non-blank line.
    """
    leads: dict[int, int] = {}
    lines = _lines(text, leads)
    by_block: dict[int, list[tuple[int, int, int, bool]]] = {}
    for line in lines:
        by_block.setdefault(line[2], []).append(line)
    wrapped = {block for block, members in by_block.items() if _hard_wrapped(text, members)}
    width = _wrap_width(lines)
    apart = [keep_apart(text[start:end]) for start, end, _, _ in lines]
    formed = apart if set_apart is None or width is None else [set_apart(text[a:b]) for a, b, _, _ in lines]

    merged: list[Paragraph] = []
    for index, (start, end, block, blank) in enumerate(lines):
        if merged:
            last = merged[-1]
            same_block = block == last.block and not blank
            if (
                same_block
                and width is not None
                and not formed[index]
                and not formed[index - 1]
                and _wrapped_on(text, lines[index - 1][:2], (start, end), width)
                and not _same_items(text[lines[index - 1][0] : lines[index - 1][1]], text[start:end])
            ):
                last.end = end  # the wrapping broke the line, whatever its halves look like
                continue
            if (
                not apart[index]
                and not apart[index - 1]
                and (
                    (same_block and block in wrapped)
                    or (len(merged) > 1 and _continues(text, (last.start, last.end), (start, end)))
                )
            ):
                last.end = end
                continue
        merged.append(Paragraph(start, end, block, blank))

    doubles = sum(len(_DOUBLE_SPACE.findall(text, p.start, p.end)) for p in merged)
    singles = sum(len(_SINGLE_SPACE.findall(text, p.start, p.end)) for p in merged)
    typed_double = doubles >= 3 and doubles > 0.6 * (doubles + singles)
    found = [piece for paragraph in merged for piece in _split_run_together(text, paragraph, not typed_double)]
    for paragraph in found:
        paragraph.lead = leads.get(paragraph.start)
    return found
