"""What a learned line classifier sees of each paragraph of a pasted page: its shape, its place and its neighbours.

Every paragraph gets one row of numbers (:data:`LINE_FEATURES`): its length, how much of it is function words,
sentence stops, capitals and digits, whether it reads as a menu, a lone label or a glued teaser card; where it
stands on the page and against the article's run (:mod:`core.reading.article_run`); its run weight; whether the
page prints it twice; how many of its words the run itself uses; and the same few measures of the lines above and
below it (jusText's context). The last three columns are the hand rules' own decision for the line and its
neighbours, so a model can vet the rules rather than replace them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from core.reading.article_run import Run, glued_teaser
from core.reading.clean_context import LONG_PROSE_WORDS, MIN_PROSE_WORDS, PROSE_END, Para, is_lone_word
from core.reading.headline import is_navigation
from core.text.normalize import STOP_WORDS

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

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_DIGIT = re.compile(r"\d")
_STOPS = re.compile(r"[.!?…](?=[\"'”’)\]]*(?:\s|$))")
MIN_CONTENT_CHARS = 3
"""A content word (for the run's vocabulary) has at least this many letters and is no function word."""


def _signed_log(value: float) -> float:
    return math.copysign(math.log1p(abs(value)), value)


def _content(words: Sequence[str]) -> set[str]:
    return {w for w in words if len(w) >= MIN_CONTENT_CHARS and w not in STOP_WORDS}


def _own(para: Para, words: list[str], weight: float) -> list[float]:
    """The measures of a paragraph on its own."""
    text = para.text
    tokens = text.split()
    chars = sum(map(len, tokens)) or 1
    count = len(words)
    size = para.words
    ends = bool(PROSE_END.search(text))
    stops = sum(1 for w in words if w in STOP_WORDS)
    capitals = sum(1 for w in tokens if w[:1].isupper())
    prose = size >= LONG_PROSE_WORDS or (size >= MIN_PROSE_WORDS and ends)
    return [
        math.log1p(chars),
        math.log1p(size),
        stops / count if count else 0.0,
        float(ends),
        len(_STOPS.findall(text)) / max(len(tokens), 1),
        capitals / max(len(tokens), 1),
        len(_DIGIT.findall(text)) / chars,
        float(is_navigation(para.source)),
        float(is_lone_word(text)),
        float(glued_teaser(text)),
        float(prose),
        _signed_log(weight),
    ]


def line_features(paras: Sequence[Para], run: Run | None, weights: Sequence[float]) -> list[list[float]]:
    """One row of :data:`LINE_FEATURES` per paragraph, from the paragraphs as the hand rules left them.

    Args:
        paras: The page's paragraphs, with the roles the hand rules gave.
        run: The article's run (:func:`core.reading.article_run.find_run`), or ``None``.
        weights: The paragraphs' run weights (:func:`core.reading.article_run.paragraph_weights`).

    Returns:
        The rows, in paragraph order.
    """
    size = len(paras)
    words = [[w.replace("’", "'") for w in _WORD.findall(p.text.casefold())] for p in paras]
    seen = Counter(p.text for p in paras)
    start, end = (run.start, run.end) if run is not None else (size, size)
    vocabulary: Counter[str] = Counter()
    contents = [_content(w) for w in words]
    for index in range(start, end):
        vocabulary.update(contents[index])
    own = [_own(p, words[k], weights[k]) for k, p in enumerate(paras)]
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
