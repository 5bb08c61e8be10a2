"""Pieces every export format shares: side names, passages with their changed words, safe plain text."""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

from core.models import AlignedItem, Alignment, Article, Place, Side

SIDES: tuple[Side, Side] = ("left", "right")
"""The two sides, left first."""

_SPACE = re.compile(r"\s+")

_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Bidirectional marks, embeddings, overrides and isolates: they can reorder what a reader sees."""


@dataclass(frozen=True, slots=True)
class Chunk:
    """A run of passage text, marked when the word-level diff says it differs from the other side."""

    text: str
    """The text, white space folded."""
    changed: bool
    """Whether these words are replaced, deleted (left) or inserted (right) relative to the other side."""


def side_name(article: Article, side: Side) -> str:
    """How exports name a side, as the reader does: its outlet, else its file name, else ``left`` / ``right``."""
    if article.outlet:
        return article.outlet
    name = article.path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return name if name and name != "-" and "://" not in article.path else side


def side_names(alignment: Alignment) -> tuple[str, str]:
    """The names of the two sides (see :func:`side_name`), made distinct when they are the same."""
    left = side_name(alignment.left, "left")
    right = side_name(alignment.right, "right")
    if left == right:
        return f"{left} (left)", f"{right} (right)"
    return left, right


def places(alignment: Alignment, word: str = "passage") -> Place:
    """Names the passage that holds a segment by its item's number, as the exports number items (``passage 9``):
    where a reason's evidence is said elsewhere (:meth:`core.models.Reason.describe`)."""

    def place(side: Side, segment_id: str) -> str | None:
        index = alignment.item_of(side, segment_id)
        return None if index is None else f"{word} {index + 1}"

    return place


def passage(alignment: Alignment, item: AlignedItem, side: Side) -> str:
    """The text of one side of an item: its segments' texts joined by spaces (empty for a missing side)."""
    article = alignment.article(side)
    return " ".join(article.segment(segment_id).text for segment_id in item.ids(side))


def chunks(alignment: Alignment, item: AlignedItem, side: Side) -> tuple[Chunk, ...]:
    """One side of an item as runs of unchanged and changed words.

    Joining the chunks' texts gives exactly :func:`passage`. A side's changed words are those the item's diff
    marks ``replace`` on either side, ``delete`` on the left, or ``insert`` on the right.
    """
    article = alignment.article(side)
    spans = _changed_spans(item, side)
    raw: list[tuple[str, bool]] = []
    for number, segment_id in enumerate(item.ids(side)):
        segment = article.segment(segment_id)
        if number:
            raw.append((" ", False))
        cuts = sorted(
            {segment.start, segment.end}
            | {cut for start, end in spans for cut in (start, end) if segment.start < cut < segment.end}
        )
        for start, end in itertools.pairwise(cuts):
            changed = any(s <= start and end <= e for s, e in spans)
            raw.append((article.text[start:end], changed))
    return _fold(raw)


def _changed_spans(item: AlignedItem, side: Side) -> list[tuple[int, int]]:
    """Source-text spans of ``side`` that the item's diff marks as different."""
    tags = ("replace", "delete") if side == "left" else ("replace", "insert")
    spans = []
    for op in item.diff:
        if op.tag not in tags:
            continue
        start, end = (op.left_start, op.left_end) if side == "left" else (op.right_start, op.right_end)
        if end > start:
            spans.append((start, end))
    return spans


def _fold(raw: list[tuple[str, bool]]) -> tuple[Chunk, ...]:
    """Fold white space to single spaces across chunk borders, keep spaces outside marks, merge neighbours.

    Changed runs separated by a single space merge into one run.
    """
    pieces: list[tuple[str, bool]] = []
    for text, changed in raw:
        folded = _SPACE.sub(" ", text)
        core = folded.strip(" ") if changed else folded
        if changed and folded.startswith(" "):
            pieces.append((" ", False))
        if core:
            pieces.append((core, changed))
        if changed and core and folded.endswith(" "):
            pieces.append((" ", False))
    texts: list[str] = []
    flags: list[bool] = []
    for text, changed in pieces:
        if text.startswith(" ") and (not texts or texts[-1].endswith(" ")):
            text = text[1:]
        if not text:
            continue
        if flags and flags[-1] == changed:
            texts[-1] += text
        elif changed and len(texts) >= 2 and texts[-1] == " " and flags[-2]:
            # Two changed runs with only a space between read as one: "South Korea", not "South" "Korea".
            texts.pop()
            flags.pop()
            texts[-1] += " " + text
        else:
            texts.append(text)
            flags.append(changed)
    if texts and texts[-1].endswith(" "):
        texts[-1] = texts[-1][:-1]
        if not texts[-1]:
            texts.pop()
            flags.pop()
    return tuple(Chunk(text, changed) for text, changed in zip(texts, flags, strict=True))


def safe_text(text: str) -> str:
    """``text`` with control characters, escape sequences and bidi controls made visible and harmless.

    C0 controls become their Unicode control pictures (ESC shows as ``␛``), DEL becomes ``␡``, and C1
    controls and bidirectional controls become ``<U+XXXX>``. A lone surrogate (the stand-in for a byte of a file
    name that is not valid UTF-8) becomes U+FFFD, so the text can always be written as UTF-8. Ordinary text,
    right-to-left scripts included, is unchanged.
    """
    if text.isprintable():
        return text
    out = []
    for char in text:
        code = ord(char)
        if code < 0x20:
            out.append(chr(0x2400 + code))
        elif code == 0x7F:
            out.append("\u2421")
        elif char in _BIDI_CONTROLS or unicodedata.category(char) == "Cc":
            out.append(f"<U+{code:04X}>")
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\ufffd")
        else:
            out.append(char)
    return "".join(out)


def one_line(text: str | None) -> str:
    """A metadata value on one line: white space folded, ``""`` for ``None``."""
    return " ".join((text or "").split())


def percent(share: float) -> str:
    """A 0-to-1 share as a whole percentage, e.g. ``62%``."""
    return f"{round(share * 100)}%"
