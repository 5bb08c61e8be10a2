"""What the measured line classifier sees of each paragraph of a pasted page: its shape, its place and its neighbours.

Every paragraph of a :class:`~core.reading.HandLayout` gets one row of numbers (:data:`LINE_FEATURES`): its length,
how much of it is function words, sentence stops, capitals and digits, whether it reads as a menu, a lone label or a
glued teaser card; where it stands on the page and against the article's run; its run weight; whether the page prints
it twice; how many of its words the run itself uses; and the same few measures of the lines above and below it
(jusText's context). The last three columns are the hand rules' own decision for the line and its neighbours, so a
model can vet the rules rather than replace them.

The shape tests (sentence end, menu, lone word, glued teaser, stop words) are the hand rules' own.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from core.reading import PROSE_END, HandLayout, glued_teaser, is_lone_word, is_navigation
from core.text import STOP_WORDS

__all__ = ["HAND_LINE_FEATURES", "LINE_FEATURES", "line_features"]

LINE_FEATURES: tuple[str, ...] = (
    "log_chars",
    "log_words",
    "stop_share",
    "ends_sentence",
    "stops_per_word",
    "capital_share",
    "digit_share",
    "navigation",
    "lone_word",
    "glued_teaser",
    "prose",
    "run_weight",
    "position",
    "in_run",
    "above_run",
    "below_run",
    "claimed",
    "repeated",
    "run_words",
    "after_blank",
    "ends_colon",
    "previous_prose",
    "next_prose",
    "previous_words",
    "next_words",
    "previous_run_weight",
    "next_run_weight",
    "hand_body",
    "previous_hand_body",
    "next_hand_body",
)
"""The columns of a row, in order."""

HAND_LINE_FEATURES: frozenset[str] = frozenset({"hand_body", "previous_hand_body", "next_hand_body"})
"""The columns that carry the hand rules' decision."""

MIN_CONTENT_CHARS = 3
"""A content word (for the run's vocabulary) has at least this many letters and is no function word."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_DIGIT = re.compile(r"\d")
_STOPS = re.compile(r"[.!?…](?=[\"'”’)\]]*(?:\s|$))")


def _signed_log(value: float) -> float:
    return math.copysign(math.log1p(abs(value)), value)


def _content(words: Sequence[str]) -> set[str]:
    return {w for w in words if len(w) >= MIN_CONTENT_CHARS and w not in STOP_WORDS}


def _own(text: str, source: str, size: int, prose: bool, words: list[str], weight: float) -> list[float]:
    """The measures of a paragraph on its own (``text`` normalised, ``source`` as written, ``size`` words)."""
    tokens = text.split()
    chars = sum(map(len, tokens)) or 1
    count = len(words)
    stops = sum(1 for w in words if w in STOP_WORDS)
    capitals = sum(1 for w in tokens if w[:1].isupper())
    return [
        math.log1p(chars),
        math.log1p(size),
        stops / count if count else 0.0,
        float(bool(PROSE_END.search(text))),
        len(_STOPS.findall(text)) / max(len(tokens), 1),
        capitals / max(len(tokens), 1),
        len(_DIGIT.findall(text)) / chars,
        float(is_navigation(source)),
        float(is_lone_word(text)),
        float(glued_teaser(text)),
        float(prose),
        _signed_log(weight),
    ]


def line_features(layout: HandLayout) -> list[list[float]]:
    """One row of :data:`LINE_FEATURES` per paragraph of ``layout``, with the roles the hand rules gave.

    Returns:
        The rows, in paragraph order.
    """
    paras = layout.paras
    size = len(paras)
    words = [[w.replace("’", "'") for w in _WORD.findall(p.text.casefold())] for p in paras]
    seen = Counter(p.text for p in paras)
    start, end = (layout.run.start, layout.run.end) if layout.run is not None else (size, size)
    vocabulary: Counter[str] = Counter()
    contents = [_content(w) for w in words]
    for index in range(start, end):
        vocabulary.update(contents[index])
    own = [_own(p.text, p.source, p.words, p.prose, words[k], layout.weights[k]) for k, p in enumerate(paras)]
    body = [float(p.role == "body") for p in paras]
    rows: list[list[float]] = []
    for index, para in enumerate(paras):
        mine = contents[index]
        inside = start <= index < end
        used = sum(1 for w in mine if vocabulary[w] > (1 if inside else 0))
        before = own[index - 1] if index > 0 else None
        after = own[index + 1] if index + 1 < size else None
        rows.append(
            [
                *own[index],
                index / size,
                float(inside),
                math.log1p(start - index) if index < start else 0.0,
                math.log1p(index - end + 1) if index >= end else 0.0,
                float(para.furniture),
                float(seen[para.text] > 1),
                used / len(mine) if mine else 0.0,
                float(para.span.after_blank),
                float(para.text.endswith(":")),
                before[10] if before else 0.0,
                after[10] if after else 0.0,
                before[1] if before else 0.0,
                after[1] if after else 0.0,
                before[11] if before else 0.0,
                after[11] if after else 0.0,
                body[index],
                body[index - 1] if index > 0 else 0.0,
                body[index + 1] if index + 1 < size else 0.0,
            ]
        )
    return rows
